package gov.fpf.office;

import java.util.Set;

/**
 * Where office memberships live: the engine's tenants (an office is a tenant, a user belongs to an office through
 * tenant membership). The office package states what it needs; the engine's identity side provides it, so offices
 * do not depend on the engine.
 */
public interface OfficeMemberships {

    /** The offices the user belongs to. */
    Set<String> officesOf(String userId);

    /** Makes the office known where memberships live (creates its tenant when missing). */
    void ensureOffice(String officeCode, String name);
}
