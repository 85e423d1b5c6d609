package dev.brickapi.mock;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the mock workspace on its own, until Ctrl-C:
 *
 * <pre>
 * mvn -q -pl mock exec:java@mock-workspace [-Dmock.port=8089]
 * </pre>
 *
 * Options: {@code --port N} (default 8089, 0 for any), {@code --specs DIR} (default: the brickapi-specs artifact),
 * {@code --no-validate}. Operations without a stateful fake answer their spec example.
 */
public final class MockWorkspaceMain {

  private MockWorkspaceMain() {}

  public static void main(String[] args) throws InterruptedException {
    MockWorkspace.Builder builder = MockWorkspace.builder().port(8089).examples(true);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> builder.port(Integer.parseInt(args[++i]));
        case "--specs" -> builder.specs(Path.of(args[++i]));
        case "--no-validate" -> builder.validate(false);
        default -> {
          System.err.println("usage: MockWorkspaceMain [--port N] [--specs DIR] [--no-validate]");
          System.exit(2);
        }
      }
    }
    MockWorkspace mock = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(mock::close));
    System.out.println("mock workspace: " + mock.baseUrl() + " (" + mock.specs().operations().size()
        + " operations of " + mock.specs().root() + ")");
    System.out.println("  DATABRICKS_HOST=" + mock.baseUrl() + " DATABRICKS_TOKEN=" + MockWorkspace.TOKEN
        + " DATABRICKS_ACCOUNT_ID=" + MockWorkspace.ACCOUNT_ID);
    System.out.println("contract violations are printed as they happen; Ctrl-C stops");
    Thread reporter = new Thread(() -> {
      while (true) {
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
        for (String v : mock.takeViolations()) {
          System.out.println("VIOLATION " + v);
        }
        mock.server().resetRequests();
      }
    }, "violations");
    reporter.setDaemon(true);
    reporter.start();
    new CountDownLatch(1).await();
  }
}
