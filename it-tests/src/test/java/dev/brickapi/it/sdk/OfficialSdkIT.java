package dev.brickapi.it.sdk;

import com.databricks.sdk.WorkspaceClient;
import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.MockWorkspaceExtension;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The official Databricks SDK for Java driven through the everyday flows of every family against the mock,
 * every exchange validated against the specs: the workspace families on the JUnit 5 extension's mock, the
 * account and OAuth M2M on a mock started with the builder. Prints {@code official SDK steps: N of M} and fails,
 * listing every failing step with its cause, unless all pass.
 */
@ExtendWith(MockWorkspaceExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficialSdkIT {

  private static final StepRunner RUNNER = new StepRunner();
  private static int planned;
  private static MockWorkspace standalone;

  @BeforeAll
  static void start() {
    standalone = MockWorkspace.builder().start();
  }

  @AfterAll
  static void report() {
    standalone.close();
    RUNNER.report(planned, System.out);
  }

  @TestFactory
  @Order(1)
  Stream<DynamicContainer> workspaceFamilies(MockWorkspace mock) {
    WorkspaceClient w = Sdk.workspace(mock);
    return containers(() -> mock, List.of(
        ComputeFamilies.clusters(w), ComputeFamilies.policies(w), ComputeFamilies.pools(w),
        ComputeFamilies.libraries(w), ComputeFamilies.permissions(w),
        JobsAndFilesFamilies.jobs(w), JobsAndFilesFamilies.dbfs(w), JobsAndFilesFamilies.workspace(w),
        WorkspaceSettingsFamilies.secrets(w), WorkspaceSettingsFamilies.tokens(w), WorkspaceSettingsFamilies.scim(w),
        WorkspaceSettingsFamilies.repos(w), WorkspaceSettingsFamilies.gitCredentials(w),
        WorkspaceSettingsFamilies.initScripts(w), WorkspaceSettingsFamilies.ipAccessLists(w),
        SqlFamilies.sql(w), DataFamilies.pipelines(w), DataFamilies.mlflow(w), DataFamilies.serving(w),
        DataFamilies.unityCatalog(w)));
  }

  @TestFactory
  @Order(2)
  Stream<DynamicContainer> accountAndLogin() {
    return containers(() -> standalone,
        List.of(AccountFamilies.account(standalone), AccountFamilies.oauth(standalone)));
  }

  private static Stream<DynamicContainer> containers(Supplier<MockWorkspace> mock, List<Family> families) {
    planned += families.stream().mapToInt(Family::size).sum();
    return families.stream().map(f -> f.container(mock, RUNNER));
  }
}
