package dev.brickapi.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The seam: a family's operations are reached by document and operation id, each by one handler only. */
class RoutesTest {

  private static Fake family(String document, String... operationIds) {
    return new Fake() {
      @Override
      public String document() {
        return document;
      }

      @Override
      public void register(Routes routes) {
        for (String id : operationIds) {
          routes.on(id, r -> Reply.empty());
        }
      }

      @Override
      public void reset() {}
    };
  }

  @Test
  void anOperationHasOneHandler() {
    Routes routes = new Routes();
    routes.registerAll(family("2.0/dbfs.yaml", "readFile"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> routes.registerAll(family("2.0/dbfs.yaml", "readFile")));
    assertEquals("2.0/dbfs.yaml readFile has two handlers", e.getMessage());
  }

  @Test
  void theSameOperationIdInTwoDocumentsIsTwoOperations() {
    Routes routes = new Routes();
    routes.registerAll(family("2.0/dbfs.yaml", "getStatus"));
    routes.registerAll(family("2.0/workspace.yaml", "getStatus"));
    assertEquals(2, routes.keys().size());
  }

  @Test
  void aHandlerForAnOperationItsDocumentDoesNotDefineStopsTheMock() {
    Routes routes = new Routes();
    routes.registerAll(family("2.0/dbfs.yaml", "readFiles"));
    SpecIndex specs = SpecIndex.load(Path.of(System.getProperty("brickapi.specs")));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> routes.check(specs));
    assertEquals("the mock's fake serves 2.0/dbfs.yaml operation readFiles, which the document does not define "
        + "(specs " + specs.root() + ")", e.getMessage());
  }

  @Test
  void everyRegisteredOperationIsDefinedByItsDocument() {
    SpecIndex specs = SpecIndex.load(Path.of(System.getProperty("brickapi.specs")));
    WorkspaceFake fake = new WorkspaceFake();
    fake.check(specs);
    long served = specs.operations().stream().filter(fake::serves).count();
    assertEquals(fake.routes().keys().size(), served, "every handler reaches an operation of the specs");
  }
}
