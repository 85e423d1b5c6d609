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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's linked model of the specs the client was generated from, as {@code brickapi-client}'s build links
 * it: for an operation found by method and path ({@link SpecIndex}), its service class, its facade method and how
 * that method takes its inputs ({@link dev.brickapi.codegen.model.CallShape}).
 */
public final class ClientModel {

  /** The base package of {@code brickapi-client}'s generated services (its pom's {@code basePackage}). */
  static final String BASE_PACKAGE = "dev.brickapi.client.service";

  /** An operation of the model with the service it belongs to. */
  public record Found(Service service, Operation operation, SpecIndex.Op spec) {}

  private final ApiModel model;
  private final SpecIndex index;
  private final Map<String, Found> byKey = new HashMap<>();

  private ClientModel(ApiModel model, SpecIndex index) {
    this.model = model;
    this.index = index;
    for (Service s : model.services()) {
      for (Operation op : s.operations()) {
        byKey.put(key(s.document().name(), op.method(), op.path()), new Found(s, op, null));
      }
    }
  }

  public static ClientModel load(Path specs) {
    Problems problems = new Problems();
    List<LoadedDocument> documents = new SpecLoader(problems).load(List.of(specs), DocumentPatterns.of(List.of()));
    ApiModel model = new Linker(problems).link(documents, BASE_PACKAGE, tag -> true);
    if (problems.hasErrors()) {
      throw new IllegalStateException("the specs under " + specs + " do not link: " + problems.sorted());
    }
    return new ClientModel(model, SpecIndex.load(specs));
  }

  /** The operation serving a concrete request, or null when no spec has one. */
  public Found find(String method, String path) {
    SpecIndex.Op op = index.route(method, path);
    if (op == null) {
      return null;
    }
    Found found = byKey.get(key(op.documentName, op.method, op.pathTemplate));
    if (found == null) {
      throw new IllegalStateException("the linked model has no operation for " + op);
    }
    return new Found(found.service(), found.operation(), op);
  }

  /** The record of a named type. */
  public RecordType record(TypeRef.Named type) {
    return (RecordType) model.type(type.id());
  }

  private static String key(String document, String method, String path) {
    return document + " " + method.toUpperCase(java.util.Locale.ROOT) + " " + path;
  }
}
