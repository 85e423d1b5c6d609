package dev.brickapi.codegen.link;

import dev.brickapi.codegen.ext.ExtensionValues;
import dev.brickapi.codegen.ext.Site;
import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.Body;
import dev.brickapi.codegen.model.DocumentInfo;
import dev.brickapi.codegen.model.JavaName;
import dev.brickapi.codegen.model.Location;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.model.StreamedAnswer;
import dev.brickapi.codegen.naming.DerivedOperationIds;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.NameTable;
import dev.brickapi.codegen.naming.ReservedNames;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Links the paths of a document into {@link Service}s, one per tag: every operation of an accepted tag
 * gets its Java method name (operationIds unique per package, method names unique per service), its
 * parameters ({@link ParameterLinker}), its bodies ({@link BodyLinker}) and its vendor extensions; each
 * service interface claims its class name.
 */
final class OperationLinker {

  private final Problems problems;
  private final TypeRegistry registry;
  private final ParameterLinker parameters;
  private final BodyLinker bodies;
  private final Predicate<String> tagFilter;
  /** Where each operationId was first seen, by package and operationId, across all documents. */
  private final Map<String, SourceRef> operationIds = new HashMap<>();
  /** The Java names of the declared and derived operationIds, by package. */
  private final Map<String, Set<String>> takenIds = new HashMap<>();
  /** The simple names of the service classes, by package. */
  private final Map<String, Set<String>> serviceClasses = new HashMap<>();
  /** The operationIds derived for operations that declare none, by file and pointer of the operation. */
  private final Map<SourceRef, String> derivedIds = new HashMap<>();

  /**
   * @param tagFilter which tags (services) to generate; everything when it accepts all
   */
  OperationLinker(Problems problems, RefResolver refs, SchemaTranslator schemas, TypeRegistry registry,
      Predicate<String> tagFilter) {
    this.problems = problems;
    this.registry = registry;
    this.parameters = new ParameterLinker(problems, refs, schemas, registry);
    this.bodies = new BodyLinker(problems, refs, schemas);
    this.tagFilter = tagFilter;
  }

  /**
   * Claims the Java names of the operationIds {@code doc} declares, for {@link #nameUnnamed} to avoid. Called for
   * every document before any is named, so a declared id keeps its name whichever document comes first.
   */
  void reserveDeclaredIds(LoadedDocument doc, DocumentInfo info) {
    Set<String> taken = takenIds.computeIfAbsent(info.javaPackage(), p -> new HashSet<>());
    forEachOperation(doc, (path, method, at, op) -> {
      if (op.getOperationId() != null && !op.getOperationId().isBlank()) {
        taken.add(ReservedNames.methodName(JavaIdentifiers.camel(op.getOperationId())));
      }
    });
  }

  /**
   * Derives an operationId for each operation of {@code doc} that declares none ({@link DerivedOperationIds}), in
   * document order and whatever the tag filter, so the names do not depend on what is generated.
   */
  void nameUnnamed(LoadedDocument doc, DocumentInfo info) {
    Set<String> taken = takenIds.computeIfAbsent(info.javaPackage(), p -> new HashSet<>());
    forEachOperation(doc, (path, method, at, op) -> {
      if (op.getOperationId() == null || op.getOperationId().isBlank()) {
        String name = DerivedOperationIds.derive(method, path, taken);
        taken.add(name);
        derivedIds.put(at, name);
      }
    });
  }

  private interface OperationVisitor {
    void visit(String path, String method, SourceRef at, io.swagger.v3.oas.models.Operation op);
  }

  private static void forEachOperation(LoadedDocument doc, OperationVisitor action) {
    if (doc.api().getPaths() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> pe : doc.api().getPaths().entrySet()) {
      SourceRef pathAt = new SourceRef(doc.name(), "/paths/" + RefResolver.escape(pe.getKey()), 0);
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> oe
          : pe.getValue().readOperationsMap().entrySet()) {
        String method = oe.getKey().name();
        action.visit(pe.getKey(), method, pathAt.child(method.toLowerCase(Locale.ROOT)), oe.getValue());
      }
    }
  }

  /** The services of {@code doc}, by tag in alphabetical order. */
  List<Service> servicesOf(LoadedDocument doc, DocumentInfo info) {
    OpenAPI api = doc.api();
    Map<String, String> tagDescriptions = new HashMap<>();
    if (api.getTags() != null) {
      for (Tag t : api.getTags()) {
        tagDescriptions.put(t.getName(), t.getDescription());
      }
    }
    Map<String, List<Operation>> byTag = new TreeMap<>();
    Map<String, NameTable> methodNames = new HashMap<>();
    if (api.getPaths() == null) {
      return List.of();
    }
    for (Map.Entry<String, PathItem> pe : api.getPaths().entrySet()) {
      String path = pe.getKey();
      PathItem item = pe.getValue();
      SourceRef pathAt = new SourceRef(doc.name(), "/paths/" + RefResolver.escape(path), 0);
      VendorExtensions.ALL.read(Site.OTHER, item.getExtensions(), pathAt, problems);
      if (item.get$ref() != null) {
        problems.error(pathAt.child("$ref"), "unsupported construct: a $ref on a path item",
            "write the operations under the path itself");
        continue;
      }
      Map<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> ops = item.readOperationsMap();
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> oe : ops.entrySet()) {
        String method = oe.getKey().name();
        io.swagger.v3.oas.models.Operation op = oe.getValue();
        SourceRef at = pathAt.child(method.toLowerCase(Locale.ROOT));
        String tag = op.getTags() == null || op.getTags().isEmpty()
            ? (info.title().isEmpty() ? "Default" : info.title()) : op.getTags().get(0);
        if (!tagFilter.test(tag)) {
          continue;
        }
        if (op.getOperationId() == null || op.getOperationId().isBlank()) {
          op.setOperationId(derivedIds.get(at));
        }
        if (op.getCallbacks() != null && !op.getCallbacks().isEmpty()) {
          problems.warning(at.child("callbacks"), "callbacks of operation '" + op.getOperationId()
              + "' are not generated: the client does not serve the requests the API sends back",
              "handle them in a server of your own; the operation itself is generated");
        }
        warnAboutLinks(op, at);
        String opId = op.getOperationId();
        String javaName = ReservedNames.methodName(JavaIdentifiers.camel(opId));
        String key = info.javaPackage() + "#" + opId;
        SourceRef first = operationIds.putIfAbsent(key, at);
        if (first != null) {
          problems.error(at.child("operationId"), "duplicate operationId '" + opId + "' (first at "
              + first.file() + "#" + first.pointer() + ")", "operationIds must be unique within a package; rename one");
          continue;
        }
        NameTable names = methodNames.computeIfAbsent(tag, t -> new NameTable());
        if (names.isTaken(javaName)) {
          problems.error(at.child("operationId"), "operationId '" + opId + "' gives the Java method name '"
              + javaName + "' that another operation of tag '" + tag + "' already has", "rename one of them");
          continue;
        }
        names.allocate(javaName);
        Operation built = operation(doc, info, path, item, method, op, javaName, at);
        if (built != null) {
          byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(built);
        }
      }
    }
    List<Service> services = new ArrayList<>();
    for (Map.Entry<String, List<Operation>> e : byTag.entrySet()) {
      String tag = e.getKey();
      String simple = JavaIdentifiers.pascal(tag) + "Api";
      Set<String> classes = serviceClasses.computeIfAbsent(info.javaPackage(), p -> new HashSet<>());
      for (int n = 2; classes.contains(simple); n++) {
        simple = JavaIdentifiers.pascal(tag) + n + "Api"; // two tags of one name after conversion: in tag order
      }
      classes.add(simple);
      JavaName name = new JavaName(info.javaPackage(), simple);
      int tagIndex = -1;
      if (api.getTags() != null) {
        for (int i = 0; i < api.getTags().size(); i++) {
          if (tag.equals(api.getTags().get(i).getName())) {
            tagIndex = i;
          }
        }
      }
      registry.reserveServiceName(name, tagIndex >= 0 ? new SourceRef(doc.name(), "/tags/" + tagIndex, 0)
          : new SourceRef(doc.name(), e.getValue().get(0).location().pointer() + "/tags", 0));
      services.add(new Service(tag, name, tagDescriptions.get(tag), info, e.getValue()));
    }
    return services;
  }

  private Operation operation(LoadedDocument doc, DocumentInfo info, String path,
      PathItem item, String method, io.swagger.v3.oas.models.Operation op, String javaName, SourceRef at) {
    String hint = JavaIdentifiers.pascal(op.getOperationId());
    List<Parameter> params = parameters.link(doc, info, path, item, op, hint, at);
    Body request = bodies.requestBody(doc, op.getRequestBody(), at.child("requestBody"), hint + "Request");
    Body response = bodies.response(doc, op, at.child("responses"), hint + "Response");
    StreamedAnswer streamed = bodies.streamedAnswer(doc, op, at.child("responses"), response,
        () -> registry.inlineName(new dev.brickapi.codegen.model.TypeId(doc.name(), at.pointer() + "/responses"),
            hint + "Response"));
    ExtensionValues ext = VendorExtensions.ALL.read(Site.OPERATION, op.getExtensions(), at, problems);
    String wirePath = ServerPaths.basePath(op.getServers(), item.getServers(), doc.api().getServers()) + path;
    return new Operation(op.getOperationId(), javaName, method, wirePath,
        Objects.requireNonNullElse(op.getSummary(), ""),
        Objects.requireNonNullElse(op.getDescription(), ""), Boolean.TRUE.equals(op.getDeprecated()),
        params, request, response, streamed,
        ext.get(VendorExtensions.PAGINATION).orElse(null), ext.get(VendorExtensions.WAIT).orElse(null),
        ext.runtimeMarks(), ext.get(VendorExtensions.REQUIRED_ORDER).orElse(List.of()), null,
        new Location(doc.name(), at.pointer()));
  }

  /** Links of responses are documentation for people: the client follows none. */
  private void warnAboutLinks(io.swagger.v3.oas.models.Operation op, SourceRef at) {
    if (op.getResponses() == null) {
      return;
    }
    for (Map.Entry<String, io.swagger.v3.oas.models.responses.ApiResponse> r : op.getResponses().entrySet()) {
      if (r.getValue() != null && r.getValue().getLinks() != null && !r.getValue().getLinks().isEmpty()) {
        problems.warning(at.child("responses", r.getKey(), "links"), "links of response " + r.getKey()
            + " of operation '" + op.getOperationId() + "' are not generated: the client follows none",
            "call the linked operation with the values it names");
      }
    }
  }
}
