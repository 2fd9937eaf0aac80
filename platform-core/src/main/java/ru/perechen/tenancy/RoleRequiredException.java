package ru.perechen.tenancy;

/** The principal lacks every role of the access the work requires. */
public class RoleRequiredException extends AccessDeniedToTenantException {

    private final Access access;

    public RoleRequiredException(Access access) {
        super("Requires one of the roles " + access.roles());
        this.access = access;
    }

    public Access access() {
        return access;
    }
}
