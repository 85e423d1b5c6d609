package dev.brickapi.mock;

import java.util.LinkedHashMap;
import java.util.Map;

/** The handlers of the families, by document and operation id; filled once when the mock starts. */
public final class Routes {

  private final Map<String, Fake.Handler> handlers = new LinkedHashMap<>();
  private String document;

  Routes() {}

  /** Makes {@code family} the owner of the operations registered next. */
  void registerAll(Fake family) {
    document = family.document();
    family.register(this);
    document = null;
  }

  /**
   * The handler of the operation {@code operationId} of the family's document.
   *
   * @throws IllegalStateException when another handler already serves it
   */
  public Routes on(String operationId, Fake.Handler handler) {
    if (document == null) {
      throw new IllegalStateException("handlers are registered from Fake.register only");
    }
    if (handlers.putIfAbsent(key(document, operationId), handler) != null) {
      throw new IllegalStateException(document + " " + operationId + " has two handlers");
    }
    return this;
  }

  Fake.Handler handler(String document, String operationId) {
    return handlers.get(key(document, operationId));
  }

  /** Every document and operation id a handler serves ({@code 2.0/dbfs.yaml#readFile}). */
  java.util.Set<String> keys() {
    return java.util.Collections.unmodifiableSet(handlers.keySet());
  }

  /**
   * Fails when a handler is registered for an operation id that its document, present in these specs, does not
   * define: a handler no request could ever reach. Documents the specs lack (a folder of a few) are not checked.
   */
  void check(SpecIndex specs) {
    java.util.Set<String> documents = new java.util.HashSet<>();
    java.util.Set<String> defined = new java.util.HashSet<>();
    for (SpecIndex.Op op : specs.operations()) {
      documents.add(op.documentName);
      defined.add(key(op.documentName, op.operationId()));
    }
    for (String key : handlers.keySet()) {
      String document = key.substring(0, key.indexOf('#'));
      if (documents.contains(document) && !defined.contains(key)) {
        throw new IllegalStateException("the mock's fake serves " + key.replace("#", " operation ")
            + ", which the document does not define (specs " + specs.root() + ")");
      }
    }
  }

  static String key(String document, String operationId) {
    return document + "#" + operationId;
  }
}
