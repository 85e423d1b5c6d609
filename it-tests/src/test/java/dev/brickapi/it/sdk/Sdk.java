package dev.brickapi.it.sdk;

import com.databricks.sdk.AccountClient;
import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import dev.brickapi.mock.MockWorkspace;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/** Official SDK clients pointed at a mock, and the checks the steps share. */
final class Sdk {

  /** How long a step lets an SDK waiter wait (below the step's own bound). */
  static final Duration WAIT = Duration.ofSeconds(30);
  /** More items than any list of the suite holds: a list that reaches it does not end. */
  static final int LIST_BOUND = 500;

  private Sdk() {}

  static DatabricksConfig config(MockWorkspace mock) {
    return new DatabricksConfig().setHost(mock.baseUrl()).setHttpTimeoutSeconds(20);
  }

  static WorkspaceClient workspace(MockWorkspace mock) {
    return new WorkspaceClient(config(mock).setAuthType("pat").setToken(MockWorkspace.TOKEN));
  }

  static AccountClient account(MockWorkspace mock) {
    return new AccountClient(config(mock).setAccountId(MockWorkspace.ACCOUNT_ID).setAuthType("pat")
        .setToken(MockWorkspace.TOKEN));
  }

  /** OAuth M2M: the SDK discovers the token endpoint and exchanges the client id and secret for a token. */
  static DatabricksConfig m2m(MockWorkspace mock) {
    return config(mock).setAuthType("oauth-m2m").setClientId(MockWorkspace.CLIENT_ID)
        .setClientSecret(MockWorkspace.CLIENT_SECRET);
  }

  /** Iterates a paginated list to its end; fails when it does not end within {@link #LIST_BOUND} items. */
  static <T> List<T> drain(Iterable<T> list) {
    List<T> out = new ArrayList<>();
    for (T item : list) {
      out.add(item);
      if (out.size() > LIST_BOUND) {
        throw new AssertionError("the list did not end after " + LIST_BOUND + " items (a next-page token that "
            + "never runs out, or the same page for every token)");
      }
    }
    return out;
  }

  /** Fails with "state: ..." when what was read back contradicts what was written. */
  static void check(boolean condition, String contradiction) {
    if (!condition) {
      throw new AssertionError("state: " + contradiction);
    }
  }

  static void same(Object expected, Object actual, String what) {
    check(Objects.equals(expected, actual), what + " is " + actual + ", expected " + expected);
  }

  static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static String unb64(String base64) {
    return base64 == null ? null : new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
