package ru.perechen.infra.faults;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Test-only, in the application the fault-injection suite runs as a child process: after the method
 * {@code perechen.fault.point} ({@code bean#method}) returns, the transaction it ran in stops just
 * before its commit ({@code perechen.fault.phase=before-commit}, everything written and flushed) or
 * just after it ({@code after-commit}), says so on standard output and waits to be killed — when it
 * serves a request (not the start's own work). Active only
 * with {@code perechen.fault.enabled=true}, so the in-process end-to-end suite never sees it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "perechen.fault.enabled", havingValue = "true")
public class FaultPoints {

    /** The line the suite waits for before it kills the process. */
    public static final String REACHED = "FAULT-POINT REACHED";

    @Bean
    static BeanPostProcessor faultPoint(Environment environment, ApplicationContext context) {
        String point = environment.getProperty("perechen.fault.point", "");
        boolean afterCommit = "after-commit".equals(environment.getProperty("perechen.fault.phase", "before-commit"));
        if (!point.contains("#")) {
            return new BeanPostProcessor() {
            };
        }
        String beanName = point.substring(0, point.indexOf('#'));
        String methodName = point.substring(point.indexOf('#') + 1);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!name.equals(beanName)) {
                    return bean;
                }
                MethodInterceptor stop = invocation -> {
                    Object result = invocation.proceed();
                    // only a request's work: the demo data enacts first versions at the start
                    if (invocation.getMethod().getName().equals(methodName) && RequestContextHolder.getRequestAttributes() != null) {
                        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                            @Override
                            public void beforeCommit(boolean readOnly) {
                                if (!afterCommit) {
                                    EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(
                                            context.getBean(EntityManagerFactory.class));
                                    if (entityManager != null) {
                                        entityManager.flush();
                                    }
                                    waitToBeKilled(point + " before-commit");
                                }
                            }

                            @Override
                            public void afterCommit() {
                                if (afterCommit) {
                                    waitToBeKilled(point + " after-commit");
                                }
                            }
                        });
                    }
                    return result;
                };
                // inside the bean's own transaction advice when it has one, around the bean otherwise
                if (bean instanceof Advised advised && !advised.isFrozen()) {
                    advised.addAdvice(stop);
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.addAdvice(stop);
                return proxy.getProxy();
            }
        };
    }

    private static void waitToBeKilled(String where) {
        System.out.println(REACHED + " " + where);
        System.out.flush();
        try {
            Thread.sleep(Duration.ofMinutes(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("The fault-injection suite did not kill the process at " + where);
    }
}
