package ru.perechen.admin.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.perechen.admin.IdentityProvisioner;
import ru.perechen.admin.ProvisioningException;

@Configuration
@EnableConfigurationProperties(KeycloakAdminProperties.class)
class ProvisioningConfiguration {

    @Bean
    IdentityProvisioner identityProvisioner(KeycloakAdminProperties properties) {
        if (properties.serverUrl() == null || properties.serverUrl().isBlank()) {
            return new IdentityProvisioner() {
                @Override
                public ProvisionedAdmin provisionAgency(NewAgencyIdentity agency) {
                    throw new ProvisioningException("identity.error.not-configured", null);
                }

                @Override
                public void removeProvisioned(Provisioning provisioning) {
                    // nothing was provisioned
                }

                @Override
                public void setAgencyEnabled(String slug, boolean enabled) {
                    throw new ProvisioningException("identity.error.not-configured", null);
                }

                @Override
                public CoordinatorAccount grantCoordinator(CoordinatorIdentity coordinator) {
                    throw new ProvisioningException("identity.error.not-configured", null);
                }

                @Override
                public void revokeCoordinator(String username, String regionCode) {
                    throw new ProvisioningException("identity.error.not-configured", null);
                }

                @Override
                public void removeAccount(String subject) {
                    // nothing was created
                }

                @Override
                public void setAccountEnabled(String subject, boolean enabled) {
                    throw new ProvisioningException("identity.error.not-configured", null);
                }
            };
        }
        return new KeycloakProvisioner(properties);
    }
}
