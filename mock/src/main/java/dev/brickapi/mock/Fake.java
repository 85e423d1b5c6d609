package dev.brickapi.mock;

/**
 * One stateful family of the mock workspace (clusters, jobs and runs, DBFS, ...): the operations of one spec
 * document that it answers from its own state. The mock routes a request to the family by the operation the
 * specs matched, never by its path, so a family names operations by their {@code operationId} only.
 *
 * <p>Adding a family is this class and one line in {@link WorkspaceFake}'s list of families; operations a
 * family does not register keep answering their spec example.
 *
 * <p>Calls are serialised by {@link WorkspaceFake}: a family needs no locking of its own.
 */
public interface Fake {

  /** The spec document whose operations this family answers, as the specs folder names it: {@code 2.0/dbfs.yaml}. */
  String document();

  /** Registers a handler for each operation it answers: {@code routes.on("getCluster", this::get)}. */
  void register(Routes routes);

  /** Forgets every state (between tests). */
  void reset();

  /** Answers one request; {@code null} lets the spec example answer it after all. */
  @FunctionalInterface
  interface Handler {
    Reply handle(FakeRequest request);
  }
}
