package dev.brickapi.it.sdk;

import static dev.brickapi.it.sdk.Family.need;
import static dev.brickapi.it.sdk.Sdk.b64;
import static dev.brickapi.it.sdk.Sdk.check;
import static dev.brickapi.it.sdk.Sdk.drain;
import static dev.brickapi.it.sdk.Sdk.same;
import static dev.brickapi.it.sdk.Sdk.unb64;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.compute.GlobalInitScriptCreateRequest;
import com.databricks.sdk.service.iam.Group;
import com.databricks.sdk.service.iam.ListGroupsRequest;
import com.databricks.sdk.service.iam.ListUsersRequest;
import com.databricks.sdk.service.iam.MeRequest;
import com.databricks.sdk.service.iam.User;
import com.databricks.sdk.service.settings.CreateIpAccessList;
import com.databricks.sdk.service.settings.CreateTokenRequest;
import com.databricks.sdk.service.settings.ListType;
import com.databricks.sdk.service.workspace.CreateCredentialsRequest;
import com.databricks.sdk.service.workspace.CreateRepoRequest;
import com.databricks.sdk.service.workspace.CreateScope;
import com.databricks.sdk.service.workspace.DeleteScope;
import com.databricks.sdk.service.workspace.DeleteSecret;
import com.databricks.sdk.service.workspace.ListCredentialsRequest;
import com.databricks.sdk.service.workspace.ListReposRequest;
import com.databricks.sdk.service.workspace.PutSecret;
import com.databricks.sdk.service.workspace.UpdateRepoRequest;
import java.util.List;

/** Secrets, tokens, SCIM, repos, git credentials, global init scripts and IP access lists. */
final class WorkspaceSettingsFamilies {

  private WorkspaceSettingsFamilies() {}

  static Family secrets(WorkspaceClient w) {
    return new Family("secrets")
        .step("create scope", () -> w.secrets().createScope(new CreateScope().setScope("sdk-scope")))
        .step("list scopes includes it", () -> check(drain(w.secrets().listScopes()).stream()
            .anyMatch(sc -> "sdk-scope".equals(sc.getName())), "the new scope is not listed"))
        .step("put a secret", () -> w.secrets().putSecret(new PutSecret().setScope("sdk-scope").setKey("password")
            .setStringValue("s3cr3t-value")))
        .step("list secrets includes the key", () -> check(drain(w.secrets().listSecrets("sdk-scope")).stream()
            .anyMatch(m -> "password".equals(m.getKey())), "the key is not listed"))
        .step("read the value (SecretsExt.get)", () ->
            same("s3cr3t-value", w.secrets().get("sdk-scope", "password"), "the secret's value"))
        .step("delete the secret, then list omits it", () -> {
          w.secrets().deleteSecret(new DeleteSecret().setScope("sdk-scope").setKey("password"));
          check(drain(w.secrets().listSecrets("sdk-scope")).stream().noneMatch(m -> "password".equals(m.getKey())),
              "the deleted key is still listed");
        })
        .step("delete the scope, then list scopes omits it", () -> {
          w.secrets().deleteScope(new DeleteScope().setScope("sdk-scope"));
          check(drain(w.secrets().listScopes()).stream().noneMatch(sc -> "sdk-scope".equals(sc.getName())),
              "the deleted scope is still listed");
        });
  }

  static Family tokens(WorkspaceClient w) {
    var s = new Object() {
      String id;
    };
    return new Family("tokens")
        .step("create", () -> {
          var t = w.tokens().create(new CreateTokenRequest().setComment("sdk-token").setLifetimeSeconds(3600L));
          check(t.getTokenValue() != null && !t.getTokenValue().isEmpty(), "no token_value");
          s.id = t.getTokenInfo().getTokenId();
        })
        .step("list includes it", () -> check(drain(w.tokens().list()).stream()
            .anyMatch(t -> need(s.id, "create").equals(t.getTokenId()) && "sdk-token".equals(t.getComment())),
            "the new token is not listed with its comment"))
        .step("delete, then list omits it", () -> {
          w.tokens().delete(need(s.id, "create"));
          check(drain(w.tokens().list()).stream().noneMatch(t -> s.id.equals(t.getTokenId())),
              "the deleted token is still listed");
        });
  }

  static Family scim(WorkspaceClient w) {
    String name = "sdk.user@example.com";
    var s = new Object() {
      String user;
      String group;
    };
    return new Family("scim")
        .step("users create", () -> s.user = w.users().create(new User().setUserName(name)
            .setDisplayName("SDK User")).getId())
        .step("users get", () -> same(name, w.users().get(need(s.user, "users create")).getUserName(), "userName"))
        .step("users list with filter userName eq", () -> {
          List<User> found = drain(w.users().list(new ListUsersRequest().setFilter("userName eq \"" + name + "\"")));
          check(found.size() == 1 && name.equals(found.get(0).getUserName()),
              "the filter should find exactly " + name + ", found " + found.stream().map(User::getUserName).toList());
        })
        .step("Me", () -> check(w.currentUser().me(new MeRequest()).getUserName() != null, "Me has no userName"))
        .step("groups create with the user as member", () -> s.group = w.groups().create(new Group()
            .setDisplayName("sdk-group").setMembers(List.of(new com.databricks.sdk.service.iam.ComplexValue()
                .setValue(need(s.user, "users create"))))).getId())
        .step("groups get", () -> {
          Group g = w.groups().get(need(s.group, "groups create"));
          same("sdk-group", g.getDisplayName(), "displayName");
          check(g.getMembers() != null && g.getMembers().stream().anyMatch(m -> s.user.equals(m.getValue())),
              "the member is missing");
        })
        .step("groups list to the end", () -> check(drain(w.groups().list(new ListGroupsRequest())).stream()
            .anyMatch(g -> need(s.group, "groups create").equals(g.getId())), "the new group is not listed"))
        .step("groups delete and users delete, then the filter finds nobody", () -> {
          w.groups().delete(need(s.group, "groups create"));
          w.users().delete(need(s.user, "users create"));
          check(drain(w.users().list(new ListUsersRequest().setFilter("userName eq \"" + name + "\""))).isEmpty(),
              "the deleted user is still found");
        });
  }

  static Family repos(WorkspaceClient w) {
    var s = new Object() {
      Long id;
    };
    return new Family("repos")
        .step("create", () -> s.id = w.repos().create(new CreateRepoRequest()
            .setUrl("https://github.com/databricks/databricks-sdk-java.git").setProvider("gitHub")
            .setPath("/Repos/sdk@example.com/sdk-repo")).getId())
        .step("get", () -> same("/Repos/sdk@example.com/sdk-repo", w.repos().get(need(s.id, "create")).getPath(),
            "path"))
        .step("list to the end", () -> check(drain(w.repos().list(new ListReposRequest()
            .setPathPrefix("/Repos/sdk@example.com"))).stream().anyMatch(r -> need(s.id, "create").equals(r.getId())),
            "the new repo is not listed"))
        .step("update the branch, then get shows it", () -> {
          w.repos().update(new UpdateRepoRequest().setRepoId(need(s.id, "create")).setBranch("release"));
          same("release", w.repos().get(s.id).getBranch(), "branch");
        })
        .step("delete, then list omits it", () -> {
          w.repos().delete(need(s.id, "create"));
          check(drain(w.repos().list(new ListReposRequest())).stream().noneMatch(r -> s.id.equals(r.getId())),
              "the deleted repo is still listed");
        });
  }

  static Family gitCredentials(WorkspaceClient w) {
    var s = new Object() {
      Long id;
    };
    return new Family("git credentials")
        .step("create", () -> s.id = w.gitCredentials().create(new CreateCredentialsRequest().setGitProvider("gitHub")
            .setGitUsername("sdk-bot").setPersonalAccessToken("ghp_mock0123456789")).getCredentialId())
        .step("get", () -> same("sdk-bot", w.gitCredentials().get(need(s.id, "create")).getGitUsername(),
            "git_username"))
        .step("list", () -> check(drain(w.gitCredentials().list(new ListCredentialsRequest())).stream()
            .anyMatch(c -> need(s.id, "create").equals(c.getCredentialId())), "the new credential is not listed"))
        .step("delete, then list omits it", () -> {
          w.gitCredentials().delete(need(s.id, "create"));
          check(drain(w.gitCredentials().list(new ListCredentialsRequest())).stream()
              .noneMatch(c -> s.id.equals(c.getCredentialId())), "the deleted credential is still listed");
        });
  }

  static Family initScripts(WorkspaceClient w) {
    String script = "#!/bin/bash\necho hello\n";
    var s = new Object() {
      String id;
    };
    return new Family("global init scripts")
        .step("create", () -> s.id = w.globalInitScripts().create(new GlobalInitScriptCreateRequest()
            .setName("sdk-init").setScript(b64(script)).setEnabled(true)).getScriptId())
        .step("get shows the script", () -> {
          var g = w.globalInitScripts().get(need(s.id, "create"));
          same("sdk-init", g.getName(), "name");
          same(script, unb64(g.getScript()), "script");
        })
        .step("list", () -> check(drain(w.globalInitScripts().list()).stream()
            .anyMatch(g -> need(s.id, "create").equals(g.getScriptId())), "the new script is not listed"))
        .step("delete, then list omits it", () -> {
          w.globalInitScripts().delete(need(s.id, "create"));
          check(drain(w.globalInitScripts().list()).stream().noneMatch(g -> s.id.equals(g.getScriptId())),
              "the deleted script is still listed");
        });
  }

  static Family ipAccessLists(WorkspaceClient w) {
    var s = new Object() {
      String id;
    };
    return new Family("ip access lists")
        .step("create", () -> s.id = w.ipAccessLists().create(new CreateIpAccessList().setLabel("sdk-office")
            .setListType(ListType.ALLOW).setIpAddresses(List.of("203.0.113.0/24"))).getIpAccessList().getListId())
        .step("get", () -> {
          var l = w.ipAccessLists().get(need(s.id, "create")).getIpAccessList();
          same("sdk-office", l.getLabel(), "label");
          same(List.of("203.0.113.0/24"), List.copyOf(l.getIpAddresses()), "ip_addresses");
        })
        .step("list", () -> check(drain(w.ipAccessLists().list()).stream()
            .anyMatch(l -> need(s.id, "create").equals(l.getListId())), "the new list is not listed"))
        .step("delete, then list omits it", () -> {
          w.ipAccessLists().delete(need(s.id, "create"));
          check(drain(w.ipAccessLists().list()).stream().noneMatch(l -> s.id.equals(l.getListId())),
              "the deleted list is still listed");
        });
  }
}
