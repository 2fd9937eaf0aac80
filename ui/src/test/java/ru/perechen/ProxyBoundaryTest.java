package ru.perechen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring's {@code @Transactional} (and {@code @Async}) work through the bean's proxy: a call from inside
 * the same bean skips them. This is how the mail outbox once ran without a transaction. The rules
 * here make such calls impossible to land: a method reaches a proxied method of its own class only
 * when it already runs in a transaction that is at least as strong, and scheduled jobs are beans of
 * their own that call services through their proxies.
 */
class ProxyBoundaryTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.perechen");

    @Test
    void no_bean_calls_its_own_transactional_or_async_method_from_outside_a_transaction_as_strong() {
        List<String> violations = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                if (!call.getTargetOwner().equals(type)) {
                    continue;
                }
                Optional<JavaMethod> target = call.getTarget().resolveMember();
                if (target.isEmpty()) {
                    continue;
                }
                JavaMethod callee = target.get();
                if (callee.isAnnotatedWith(Async.class)) {
                    violations.add(call.getDescription() + " (@Async skipped)");
                    continue;
                }
                Optional<Transactional> wanted = transactional(callee);
                if (wanted.isEmpty()) {
                    continue;
                }
                if (wanted.get().propagation() == Propagation.REQUIRES_NEW || wanted.get().propagation() == Propagation.NOT_SUPPORTED) {
                    violations.add(call.getDescription() + " (propagation " + wanted.get().propagation() + " skipped)");
                    continue;
                }
                Optional<Transactional> running = callerTransaction(type, call);
                if (running.isEmpty()) {
                    violations.add(call.getDescription() + " (runs without the transaction it declares)");
                } else if (running.get().readOnly() && !wanted.get().readOnly()) {
                    violations.add(call.getDescription() + " (a write would run in a read-only transaction)");
                }
            }
        }
        assertThat(violations).as("self-invocations that skip Spring's proxy").isEmpty();
    }

    @Test
    void scheduled_jobs_are_beans_without_transactional_methods_of_their_own() {
        methods().that().areAnnotatedWith(Scheduled.class)
                .should(new ArchCondition<>("be declared in a class without @Transactional methods") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        JavaClass owner = method.getOwner();
                        boolean transactional = owner.isAnnotatedWith(Transactional.class)
                                || owner.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Transactional.class));
                        events.add(new SimpleConditionEvent(method, !transactional,
                                method.getFullName() + " is scheduled in a bean with @Transactional methods"));
                    }
                })
                .check(CLASSES);
    }

    private static Optional<Transactional> transactional(JavaMethod method) {
        if (method.isAnnotatedWith(Transactional.class)) {
            return Optional.of(method.getAnnotationOfType(Transactional.class));
        }
        JavaClass owner = method.getOwner();
        if (owner.isAnnotatedWith(Transactional.class) && method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
            return Optional.of(owner.getAnnotationOfType(Transactional.class));
        }
        return Optional.empty();
    }

    /**
     * The transaction the calling method runs in: its own declaration, or — for a lambda — that of the
     * method the lambda is written in ({@code lambda$name$n}), or — for a private helper — of every method
     * of the class that calls it (all must be transactional).
     */
    private static Optional<Transactional> callerTransaction(JavaClass type, JavaMethodCall call) {
        return transactionOf(type, call.getOrigin().getName(), new java.util.HashSet<>());
    }

    private static Optional<Transactional> transactionOf(JavaClass type, String methodName, java.util.Set<String> seen) {
        if (!seen.add(methodName)) {
            return Optional.empty();
        }
        String name = methodName.startsWith("lambda$") ? methodName.substring(7, Math.max(7, methodName.lastIndexOf('$'))) : methodName;
        List<JavaMethod> declared = type.getMethods().stream().filter(m -> m.getName().equals(name)).toList();
        for (JavaMethod m : declared) {
            Optional<Transactional> own = transactional(m);
            if (own.isPresent()) {
                return own;
            }
        }
        // a helper no proxy can reach: it runs in whatever transaction all of its callers in this class run in
        boolean helper = !declared.isEmpty() && declared.stream().allMatch(m -> m.getModifiers().contains(
                com.tngtech.archunit.core.domain.JavaModifier.PRIVATE) || methodName.startsWith("lambda$"));
        if (!helper && !methodName.startsWith("lambda$")) {
            return Optional.empty();
        }
        List<String> callers = type.getMethodCallsFromSelf().stream()
                .filter(c -> c.getTargetOwner().equals(type) && c.getTarget().getName().equals(name))
                .map(c -> c.getOrigin().getName()).distinct().toList();
        if (callers.isEmpty()) {
            return Optional.empty();
        }
        Optional<Transactional> weakest = Optional.empty();
        for (String caller : callers) {
            Optional<Transactional> t = transactionOf(type, caller, seen);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            if (weakest.isEmpty() || t.get().readOnly()) {
                weakest = t;
            }
        }
        return weakest;
    }
}
