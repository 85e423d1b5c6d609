package dev.brickapi.mock;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: a mock workspace for the tests of a class. One server is started for the whole run (the first
 * time a test asks) and shared; before each test its stubs and fake state are reset, and after each test the
 * test fails with the validator's words if any exchange broke the spec.
 *
 * <pre>{@code
 * @ExtendWith(MockWorkspaceExtension.class)
 * class MyAutomationTest {
 *   @Test void creates(MockWorkspace mock) { ... client pointed at mock.baseUrl() ... }
 * }
 * }</pre>
 */
public final class MockWorkspaceExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(MockWorkspaceExtension.class);

  private static final class Resource implements ExtensionContext.Store.CloseableResource {
    final MockWorkspace mock = MockWorkspace.builder().start();

    @Override
    public void close() {
      mock.close();
    }
  }

  /** The shared mock workspace of this run. */
  public static MockWorkspace mock(ExtensionContext context) {
    return context.getRoot().getStore(NS).getOrComputeIfAbsent(Resource.class, k -> new Resource(), Resource.class).mock;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    mock(context).reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    MockWorkspace mock = mock(context);
    try {
      if (context.getExecutionException().isEmpty()) {
        mock.assertNoViolations();
      }
    } finally {
      mock.reset();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MockWorkspace.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return mock(context);
  }
}
