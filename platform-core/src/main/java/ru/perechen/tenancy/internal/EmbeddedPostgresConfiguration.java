package ru.perechen.tenancy.internal;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Used only when no external database is configured ({@code SPRING_DATASOURCE_URL} unset): starts
 * an embedded PostgreSQL, migrates it as the owner role and connects the application as the app role.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedPostgresProperties properties) {
        return new EmbeddedPostgresServer(properties);
    }

    @Bean
    @Primary
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(server.jdbcUrl()).username(server.appRole()).password(server.appPassword()).build();
        dataSource.setPoolName("perechen-app");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgresServer server) {
        return DataSourceBuilder.create().type(SimpleDriverDataSource.class)
                .url(server.jdbcUrl()).username(server.ownerRole()).password(server.ownerPassword()).build();
    }

    @Bean
    FlywayConfigurationCustomizer appRolePlaceholder(EmbeddedPostgresServer server) {
        return configuration -> configuration.placeholders(
                java.util.Map.of("app_role", server.appRole()));
    }
}
