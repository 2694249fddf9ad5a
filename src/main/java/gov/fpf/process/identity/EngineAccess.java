package gov.fpf.process.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import gov.fpf.office.OfficeMemberships;
import gov.fpf.system.Roles;

/**
 * Groups, offices (tenants), users and the engine authorizations granted per group. The identity service is the one
 * user store: membership of a tenant is membership of the FP&amp;F office of the same code.
 * All operations are idempotent so they can run on every start.
 */
@Service
public class EngineAccess implements OfficeMemberships {

    private static final Logger log = LoggerFactory.getLogger(EngineAccess.class);
    private static final String ANY = "*";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    public EngineAccess(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    /** The groups of our roles and what each may do in the engine, its REST API and its webapps. */
    public void ensureRolesAndGrants() {
        ensureGroup(Roles.OFFICER, "FP&F officers");
        ensureGroup(Roles.SUPERVISOR, "FP&F supervisors");
        ensureGroup(Roles.HQ, "Headquarters (all offices, read and report)");
        ensureGroup(Roles.DESIGNER, "Process designers");
        ensureGroup(Roles.CUSTODIAN, "Seized-property custodians");
        ensureGroup(Roles.COUNSEL, "Office of Chief Counsel");
        ensureGroup(Roles.ADMIN, "Administrators");
        ensureGroup(Roles.HQ_FIELD_OFFICIAL, "Headquarters official assigned to a field location (petitions, 171.62)");
        ensureGroup(Roles.HQ_PENALTIES_BRANCH, "Headquarters Penalties Branch (petitions above the delegation, 171.12)");
        ensureGroup(Roles.HQ_DIRECTOR_BSTC, "Headquarters Director, BSTC Division (supplementals after HQ, 171.62(b))");

        for (String worker : List.of(Roles.OFFICER, Roles.SUPERVISOR, Roles.CUSTODIAN, Roles.COUNSEL, Roles.HQ,
                Roles.HQ_FIELD_OFFICIAL, Roles.HQ_PENALTIES_BRANCH, Roles.HQ_DIRECTOR_BSTC)) {
            grant(worker, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(worker, Resources.FILTER, ANY, Permissions.READ);
        }
        for (String overseer : List.of(Roles.SUPERVISOR, Roles.HQ, Roles.DESIGNER)) {
            grant(overseer, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        }

        // Tasks: nobody holds a grant to work every task of a process. The engine grants, per task, READ and TASK_WORK
        // to its candidate groups and its assignee (defaultUserPermissionNameForTask, EngineSetupPlugin), so a user sees,
        // claims and completes a task only when one of their groups is offered it or it is assigned to them, and the
        // tenant check keeps that to their offices. The same rule holds in Tasklist, /engine-rest and our API.
        // Nobody but an administrator starts a process through the engine: cases start through the domain's intake.
        // the headquarters deciders, like officers, work only the tasks offered to their group; their group belongs to
        // every office (ensureOffice), so the petition a table routes to them is theirs in any office, while an
        // officer's tasks stay inside the officer's own offices
        for (String worker : List.of(Roles.OFFICER, Roles.CUSTODIAN, Roles.HQ_FIELD_OFFICIAL, Roles.HQ_PENALTIES_BRANCH,
                Roles.HQ_DIRECTOR_BSTC)) {
            grant(worker, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_HISTORY);
        }
        // counsel reads every task of its offices' cases and works only those offered to it
        grant(Roles.COUNSEL, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY);
        // supervisors read every case and task of their offices and (re)assign tasks (to a member of a candidate group:
        // CaseProcessGuard); they work the tasks offered to their groups like everyone else
        grant(Roles.SUPERVISOR, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_ASSIGN,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        grant(Roles.SUPERVISOR, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grant(Roles.SUPERVISOR, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        // headquarters reads everything, changes nothing
        grant(Roles.HQ, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY);
        grant(Roles.HQ, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grant(Roles.HQ, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(Roles.HQ, Resources.DEPLOYMENT, ANY, Permissions.READ);
        // designers deploy models and move running cases onto new versions
        grant(Roles.DESIGNER, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
        grant(Roles.DESIGNER, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.MIGRATE_INSTANCE);
        grant(Roles.DESIGNER, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grant(Roles.DESIGNER, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.UPDATE);
        grant(Roles.DESIGNER, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(Roles.DESIGNER, Resources.BATCH, ANY, Permissions.READ,
                BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES);
        // only administrators administer users, groups, offices and authorizations
        for (Resource resource : Resources.values()) {
            grant(Roles.ADMIN, resource, ANY, Permissions.ALL);
        }
        revokeRetiredGrants();
        // offices created before a group joined Roles.ALL_OFFICES (the headquarters deciders) get it now
        for (Tenant office : identityService.createTenantQuery().list()) {
            ensureOffice(office.getId(), office.getName());
        }
    }

    /**
     * Grants of earlier versions that this one no longer gives: the tenant-wide task work and process start of workers
     * and supervisors, and the UPDATE (which includes writing variables) the engine used to grant per task. Removing
     * them on start-up makes an existing database follow the same rules as a new one. Idempotent.
     */
    private void revokeRetiredGrants() {
        for (String group : List.of(Roles.OFFICER, Roles.CUSTODIAN, Roles.COUNSEL, Roles.SUPERVISOR, Roles.HQ)) {
            revoke(group, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.UPDATE_TASK,
                    ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.CREATE_INSTANCE);
            revoke(group, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.CREATE);
        }
        for (String group : List.of(Roles.OFFICER, Roles.CUSTODIAN)) {
            revoke(group, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_TASK);
        }
        // per-task grants made with the engine's old default (UPDATE): READ and TASK_WORK instead
        for (Authorization a : authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .authorizationType(AUTH_TYPE_GRANT).hasPermission(Permissions.UPDATE).list()) {
            if (!ANY.equals(a.getResourceId())) {
                Authorization replaced = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                replaced.setGroupId(a.getGroupId());
                replaced.setUserId(a.getUserId());
                replaced.setResource(Resources.TASK);
                replaced.setResourceId(a.getResourceId());
                replaced.addPermission(Permissions.READ);
                replaced.addPermission(org.camunda.bpm.engine.authorization.TaskPermissions.TASK_WORK);
                authorizationService.deleteAuthorization(a.getId());
                authorizationService.saveAuthorization(replaced);
            }
        }
    }

    private void revoke(String groupId, Resource resource, Permission... permissions) {
        for (Authorization a : authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(ANY).authorizationType(AUTH_TYPE_GRANT).list()) {
            boolean changed = false;
            for (Permission permission : permissions) {
                if (a.isPermissionGranted(permission)) {
                    a.removePermission(permission);
                    changed = true;
                }
            }
            if (changed) {
                authorizationService.saveAuthorization(a);
                log.info("Revoked {} of {} on {} (no longer granted)", List.of(permissions), groupId, resource);
            }
        }
    }

    /** An office is a tenant; headquarters and counsel belong to every office through their groups. */
    @Override
    public void ensureOffice(String officeCode, String name) {
        if (identityService.createTenantQuery().tenantId(officeCode).count() == 0) {
            Tenant tenant = identityService.newTenant(officeCode);
            tenant.setName(name);
            identityService.saveTenant(tenant);
        }
        for (String group : Roles.ALL_OFFICES) {
            if (identityService.createGroupQuery().groupId(group).memberOfTenant(officeCode).count() == 0) {
                identityService.createTenantGroupMembership(officeCode, group);
            }
        }
    }

    public void ensureUser(String userId, String password, String firstName, String lastName,
                           Collection<String> groups, Collection<String> officeCodes) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setPassword(password);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(userId + "@fpf.example");
            identityService.saveUser(user);
            log.info("Created user {}", userId);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
                identityService.createMembership(userId, group);
            }
        }
        for (String office : officeCodes) {
            if (identityService.createUserQuery().userId(userId).memberOfTenant(office).count() == 0) {
                identityService.createTenantUserMembership(office, userId);
            }
        }
    }

    /** The offices the user belongs to directly or through a group (headquarters and counsel: all). */
    @Override
    public Set<String> officesOf(String userId) {
        Set<String> offices = new TreeSet<>();
        identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .forEach(t -> offices.add(t.getId()));
        return offices;
    }

    public Set<String> groupsOf(String userId) {
        Set<String> groups = new TreeSet<>();
        identityService.createGroupQuery().groupMember(userId).list().forEach(g -> groups.add(g.getId()));
        return groups;
    }

    /** "Olivia Officer": the user's first and last name, or the id when the user has none (or is not known). */
    public String fullName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    public boolean userExists(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }

    private void ensureGroup(String groupId, String name) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT)
                .list().stream().findFirst().orElse(null);
        Authorization authorization = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }
}
