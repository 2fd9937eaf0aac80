package ru.perechen.tenancy;

import org.springframework.security.access.AccessDeniedException;

/** Thrown by services when the current principal may not do or see what was asked. */
public class AccessDeniedToTenantException extends AccessDeniedException {

    public AccessDeniedToTenantException(String message) {
        super(message);
    }
}
