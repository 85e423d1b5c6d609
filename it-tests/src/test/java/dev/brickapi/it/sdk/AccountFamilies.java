package dev.brickapi.it.sdk;

import static dev.brickapi.it.sdk.Family.need;
import static dev.brickapi.it.sdk.Sdk.WAIT;
import static dev.brickapi.it.sdk.Sdk.check;
import static dev.brickapi.it.sdk.Sdk.drain;
import static dev.brickapi.it.sdk.Sdk.same;

import com.databricks.sdk.AccountClient;
import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.iam.ListAccountUsersRequest;
import com.databricks.sdk.service.iam.MeRequest;
import com.databricks.sdk.service.provisioning.Workspace;
import com.databricks.sdk.service.provisioning.WorkspaceStatus;
import dev.brickapi.mock.MockWorkspace;
import java.util.List;

/** The account host (PAT) and OAuth M2M login against the mock's discovery and token endpoints. */
final class AccountFamilies {

  private AccountFamilies() {}

  static Family account(MockWorkspace mock) {
    var s = new Object() {
      AccountClient a;
      Long workspace;
    };
    return new Family("account")
        .step("workspaces list", () -> {
          s.a = Sdk.account(mock);
          List<Workspace> all = drain(s.a.workspaces().list());
          check(!all.isEmpty(), "no workspaces");
          s.workspace = all.get(0).getWorkspaceId();
        })
        .step("workspace get", () -> same(need(s.workspace, "workspaces list"),
            s.a.workspaces().get(s.workspace).getWorkspaceId(), "workspace_id"))
        .step("wait for the workspace to be RUNNING", () -> same(WorkspaceStatus.RUNNING,
            s.a.workspaces().waitGetWorkspaceRunning(need(s.workspace, "workspaces list"), WAIT, null)
                .getWorkspaceStatus(), "workspace_status"))
        .step("account users list to the end", () -> drain(need(s.a, "workspaces list").users()
            .list(new ListAccountUsersRequest())));
  }

  static Family oauth(MockWorkspace mock) {
    return new Family("oauth m2m")
        .step("workspace login with client id and secret, then Me with the issued token", () -> {
          WorkspaceClient w = new WorkspaceClient(Sdk.m2m(mock));
          w.currentUser().me(new MeRequest());
          bearerIsIssued(mock);
        })
        .step("account login with client id and secret, then workspaces list", () -> {
          AccountClient a = new AccountClient(Sdk.m2m(mock).setAccountId(MockWorkspace.ACCOUNT_ID));
          drain(a.workspaces().list());
          bearerIsIssued(mock);
        });
  }

  /** The last API call carried the last token the mock's token endpoint issued. */
  private static void bearerIsIssued(MockWorkspace mock) {
    List<String> tokens = mock.issuedTokens();
    check(!tokens.isEmpty(), "the token endpoint issued no token");
    List<MockWorkspace.Exchange> calls = mock.exchanges();
    MockWorkspace.Exchange last = calls.get(calls.size() - 1);
    List<String> auth = last.headers.get("Authorization");
    same(List.of("Bearer " + tokens.get(tokens.size() - 1)), auth, "Authorization of " + last);
  }
}
