package dev.brickapi.it.wire;

import dev.brickapi.codegen.link.Linker;
import dev.brickapi.codegen.load.DocumentPatterns;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.load.SpecLoader;
import dev.brickapi.codegen.model.ApiModel;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.mock.SpecIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The generator's linked model of the specs the client was generated from, as {@code brickapi-client}'s build links
 * it: for an operation found by method and path, its service class, its facade method and how
 * that method takes its inputs ({@link dev.brickapi.codegen.model.CallShape}).
 */
public final class ClientModel {

  /** The base package of {@code brickapi-client}'s generated services (its pom's {@code basePackage}). */
  static final String BASE_PACKAGE = "dev.brickapi.client.service";

  /**
   * An operation of the model with the service it belongs to, and the values of its path parameters in the
   * request it was found for.
   */
  public record Found(Service service, Operation operation, Map<String, String> pathValues) {
    @Override
    public String toString() {
      return service.document().name() + " " + operation.method() + " " + operation.path() + " ("
          + operation.operationId() + ")";
    }
  }

  private static ClientModel shared;

  private final ApiModel model;

  private ClientModel(ApiModel model) {
    this.model = model;
  }

  /** The model of the specs the tests run against ({@link SpecIndex#defaultSpecs()}), linked once per test run. */
  public static synchronized ClientModel shared() {
    if (shared == null) {
      shared = load(SpecIndex.defaultSpecs());
    }
    return shared;
  }

  public static ClientModel load(Path specs) {
    Problems problems = new Problems();
    List<LoadedDocument> documents = new SpecLoader(problems).load(List.of(specs), DocumentPatterns.of(List.of()));
    ApiModel model = new Linker(problems).link(documents, BASE_PACKAGE, tag -> true);
    if (problems.hasErrors()) {
      throw new IllegalStateException("the specs under " + specs + " do not link: " + problems.sorted());
    }
    return new ClientModel(model);
  }

  /**
   * The operation serving a concrete request, or null when no spec has one; the most literal template wins, as the
   * mock workspace routes ({@link SpecIndex#route}).
   */
  public Found find(String method, String path) {
    Found best = null;
    int bestLiterals = -1;
    for (Service s : model.services()) {
      for (Operation op : s.operations()) {
        if (!op.method().equalsIgnoreCase(method)) {
          continue;
        }
        Map<String, String> values = SpecIndex.pathValues(op.path(), path);
        int literals = op.path().replaceAll("\\{[^}]+}", "").length();
        if (values != null && literals > bestLiterals) {
          best = new Found(s, op, values);
          bestLiterals = literals;
        }
      }
    }
    return best;
  }

  /** The record of a named type. */
  public RecordType record(TypeRef.Named type) {
    return (RecordType) model.type(type.id());
  }

}
