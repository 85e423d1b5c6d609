package dev.brickapi.codegen.link;

import dev.brickapi.codegen.ext.ExtensionChecks;
import dev.brickapi.codegen.ext.ExtensionValues;
import dev.brickapi.codegen.ext.ScopeExtension.Scope;
import dev.brickapi.codegen.ext.Site;
import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.link.RefResolver.Target;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.ApiModel;
import dev.brickapi.codegen.model.Body;
import dev.brickapi.codegen.model.DocumentInfo;
import dev.brickapi.codegen.model.JavaName;
import dev.brickapi.codegen.model.Location;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.NameTable;
import dev.brickapi.codegen.naming.PackagePlan;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links the loaded documents into one {@link ApiModel}: resolves references across documents, gives
 * every definition its Java name, and checks what the model needs (unique names, declared path
 * parameters, supported constructs, valid vendor extensions). The only class besides the loader that
 * sees swagger-parser types, and none of them leaves it.
 */
public final class Linker {

  private static final Pattern TEMPLATE_VAR = Pattern.compile("\\{([^}/]+)}");
  private static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS");

  private final Problems problems;

  public Linker(Problems problems) {
    this.problems = problems;
  }

  /**
   * @param basePackage the package every document's package goes below
   * @param tagFilter which tags (services) to generate; everything when it accepts all
   */
  public ApiModel link(List<LoadedDocument> documents, String basePackage, Predicate<String> tagFilter) {
    RefResolver refs = new RefResolver(documents, problems);
    Map<String, String> packages = new HashMap<>();
    List<DocumentInfo> infos = new ArrayList<>();
    for (LoadedDocument doc : documents) {
      OpenAPI api = doc.api();
      SourceRef root = new SourceRef(doc.name(), "", 0);
      ExtensionValues ext = VendorExtensions.ALL.read(Site.DOCUMENT, api.getExtensions(), root, problems);
      if (api.getInfo() != null) {
        VendorExtensions.ALL.read(Site.OTHER, api.getInfo().getExtensions(), root.child("info"), problems);
      }
      String pkg = PackagePlan.packageOf(basePackage, doc.name(), ext.get(VendorExtensions.PACKAGE).orElse(null));
      if (!JavaIdentifiers.isValidPackage(pkg)) {
        problems.error(root, "'" + pkg + "' is not a valid Java package",
            "use lowercase words separated by dots, none of them a Java keyword");
        pkg = basePackage;
      }
      packages.put(doc.name(), pkg);
      boolean account = Scope.orDefault(ext.get(VendorExtensions.SCOPE)) == Scope.ACCOUNT;
      infos.add(new DocumentInfo(doc.name(),
          api.getInfo() == null ? doc.name() : nullToEmpty(api.getInfo().getTitle()),
          api.getInfo() == null ? "" : nullToEmpty(api.getInfo().getVersion()),
          api.getInfo() == null ? "" : nullToEmpty(api.getInfo().getDescription()),
          pkg, account, doc.selected(), ext.get(VendorExtensions.CLIENT_PARAMETERS).orElse(List.of())));
    }
    SchemaTranslator schemas = new SchemaTranslator(refs, problems, packages);
    for (LoadedDocument doc : documents) {
      schemas.reserveComponentNames(doc);
    }
    List<Service> services = new ArrayList<>();
    Map<String, SourceRef> operationIds = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      LoadedDocument doc = documents.get(i);
      if (!doc.selected()) {
        continue;
      }
      services.addAll(servicesOf(doc, infos.get(i), refs, schemas, tagFilter, operationIds));
    }
    for (LoadedDocument doc : documents) {
      if (doc.selected()) {
        schemas.defineAll(doc);
      }
    }
    ExtensionChecks extensions = new ExtensionChecks(problems, schemas.types(), services);
    List<Service> finished = new ArrayList<>();
    for (Service s : services) {
      finished.add(extensions.apply(s));
    }
    UnionLinks.link(schemas);
    return new ApiModel(basePackage, infos, finished, schemas.types());
  }

  private List<Service> servicesOf(LoadedDocument doc, DocumentInfo info, RefResolver refs,
      SchemaTranslator schemas, Predicate<String> tagFilter, Map<String, SourceRef> operationIds) {
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
      SourceRef pathAt = new SourceRef(doc.name(), "/paths/" + SchemaTranslator.escape(path), 0);
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
          problems.error(at, "operation " + method + " " + path + " has no operationId",
              "add one that reads well as a Java method, e.g. operationId: " + suggestId(method, path));
          op.setOperationId(suggestId(method, path)); // go on, so the operation's other problems are reported too
        }
        if (op.getCallbacks() != null && !op.getCallbacks().isEmpty()) {
          problems.error(at.child("callbacks"), "unsupported construct: callbacks", "remove the callbacks");
        }
        String opId = op.getOperationId();
        String javaName = JavaIdentifiers.camel(opId);
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
        Operation built = operation(doc, info, refs, schemas, path, item, method, op, javaName, at);
        if (built != null) {
          byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(built);
        }
      }
    }
    List<Service> services = new ArrayList<>();
    for (Map.Entry<String, List<Operation>> e : byTag.entrySet()) {
      String tag = e.getKey();
      JavaName name = new JavaName(info.javaPackage(), JavaIdentifiers.pascal(tag) + "Api");
      int tagIndex = -1;
      if (api.getTags() != null) {
        for (int i = 0; i < api.getTags().size(); i++) {
          if (tag.equals(api.getTags().get(i).getName())) {
            tagIndex = i;
          }
        }
      }
      schemas.reserveServiceName(name, tagIndex >= 0 ? new SourceRef(doc.name(), "/tags/" + tagIndex, 0)
          : new SourceRef(doc.name(), e.getValue().get(0).location().pointer() + "/tags", 0));
      services.add(new Service(tag, name, tagDescriptions.get(tag), info, e.getValue()));
    }
    return services;
  }

  private Operation operation(LoadedDocument doc, DocumentInfo info, RefResolver refs, SchemaTranslator schemas, String path,
      PathItem item, String method, io.swagger.v3.oas.models.Operation op, String javaName, SourceRef at) {
    String hint = JavaIdentifiers.pascal(op.getOperationId());
    NameTable paramNames = new NameTable("body", "options", "request");
    Map<String, Parameter> params = new LinkedHashMap<>();
    List<String> clientBound = new ArrayList<>();
    Map<String, String> paramPointers = new HashMap<>();
    List<io.swagger.v3.oas.models.parameters.Parameter> declared = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    if (item.getParameters() != null) {
      for (int i = 0; i < item.getParameters().size(); i++) {
        declared.add(item.getParameters().get(i));
        pointers.add(at.pointer().substring(0, at.pointer().lastIndexOf('/')) + "/parameters/" + i);
      }
    }
    if (op.getParameters() != null) {
      for (int i = 0; i < op.getParameters().size(); i++) {
        declared.add(op.getParameters().get(i));
        pointers.add(at.pointer() + "/parameters/" + i);
      }
    }
    for (int i = 0; i < declared.size(); i++) {
      io.swagger.v3.oas.models.parameters.Parameter p = declared.get(i);
      SourceRef pat = new SourceRef(doc.name(), pointers.get(i), 0);
      LoadedDocument pdoc = doc;
      String ppointer = pointers.get(i);
      if (p.get$ref() != null) {
        Target<io.swagger.v3.oas.models.parameters.Parameter> t = refs.parameter(doc, p.get$ref(), pat.child("$ref"));
        if (t == null) {
          continue;
        }
        p = t.value();
        pdoc = t.document();
        ppointer = t.pointer();
        pat = t.at();
      }
      VendorExtensions.ALL.read(Site.OTHER, p.getExtensions(), pat, problems);
      Parameter.In in;
      String where = p.getIn() == null ? "" : p.getIn();
      switch (where) {
        case "path" -> in = Parameter.In.PATH;
        case "query" -> in = Parameter.In.QUERY;
        case "header" -> in = Parameter.In.HEADER;
        case "cookie" -> {
          problems.error(pat.child("in"), "unsupported construct: cookie parameter '" + p.getName() + "'",
              "send the value as a header or query parameter");
          continue;
        }
        default -> {
          problems.error(pat.child("in"), "parameter '" + p.getName() + "' has no valid 'in'", "use path, query or header");
          continue;
        }
      }
      if (p.getStyle() == io.swagger.v3.oas.models.parameters.Parameter.StyleEnum.DEEPOBJECT) {
        problems.error(pat.child("style"), "unsupported construct: style deepObject on parameter '" + p.getName() + "'",
            "flatten the object into one query parameter per field, named as the server expects (e.g. filter.name)");
        continue;
      }
      if (p.getContent() != null && !p.getContent().isEmpty()) {
        problems.error(pat.child("content"), "unsupported construct: parameter '" + p.getName() + "' with content",
            "describe the parameter with 'schema'");
        continue;
      }
      TypeRef type = schemas.typeOf(pdoc, p.getSchema(), ppointer + "/schema", hint + JavaIdentifiers.pascal(p.getName()));
      if (schemas.isObject(type) || type instanceof TypeRef.ListOf l2 && schemas.isObject(l2.items())) {
        problems.error(pat.child("schema"), "unsupported construct: " + where + " parameter '" + p.getName() + "' of object type",
            "send one query parameter per field, named as the server expects (e.g. filter.name)");
        continue;
      }
      if (type instanceof TypeRef.FreeObject || type instanceof TypeRef.MapOf
          || (type instanceof TypeRef.ListOf l && !(l.items() instanceof TypeRef.Primitive || l.items() instanceof TypeRef.Named))) {
        problems.error(pat.child("schema"), "unsupported construct: " + where + " parameter '" + p.getName() + "' of object type",
            "use a scalar, an enum or an array of those");
        continue;
      }
      String key = in + ":" + p.getName();
      if (in == Parameter.In.PATH && info.clientParameters().contains(p.getName())) {
        clientBound.add(p.getName());
        continue; // filled by the client at run time, not by the caller
      }
      Parameter old = params.get(key);
      String jname = old != null ? old.javaName() : paramNames.allocate(JavaIdentifiers.camel(p.getName()));
      paramPointers.put(key, pat.pointer());
      params.put(key, new Parameter(p.getName(), in, jname, type,
          in == Parameter.In.PATH || Boolean.TRUE.equals(p.getRequired()),
          Boolean.TRUE.equals(p.getDeprecated()), p.getDescription()));
    }
    Matcher m = TEMPLATE_VAR.matcher(path);
    List<String> templateVars = new ArrayList<>();
    while (m.find()) {
      templateVars.add(m.group(1));
      if (!params.containsKey("PATH:" + m.group(1)) && !clientBound.contains(m.group(1))) {
        problems.error(at, "path template variable {" + m.group(1) + "} of " + path + " is not declared as a path parameter",
            "add a parameter with name: " + m.group(1) + ", in: path, required: true");
      }
    }
    for (Parameter p : params.values()) {
      if (p.in() == Parameter.In.PATH && !templateVars.contains(p.name())) {
        problems.error(new SourceRef(doc.name(), paramPointers.getOrDefault("PATH:" + p.name(), at.pointer()), 0),
            "path parameter '" + p.name() + "' does not appear in the path " + path,
            "add {" + p.name() + "} to the path or make it a query parameter");
      }
    }
    Body request = requestBody(doc, refs, schemas, op.getRequestBody(), at.child("requestBody"), hint + "Request");
    Body response = response(doc, refs, schemas, op, at.child("responses"), hint + "Response");
    ExtensionValues ext = VendorExtensions.ALL.read(Site.OPERATION, op.getExtensions(), at, problems);
    return new Operation(op.getOperationId(), javaName, method, path,
        nullToEmpty(op.getSummary()), nullToEmpty(op.getDescription()), Boolean.TRUE.equals(op.getDeprecated()),
        List.copyOf(params.values()), request, response,
        ext.get(VendorExtensions.PAGINATION).orElse(null), ext.get(VendorExtensions.WAIT).orElse(null),
        ext.runtimeMarks(), new Location(doc.name(), at.pointer()));
  }

  private Body requestBody(LoadedDocument doc, RefResolver refs, SchemaTranslator schemas, RequestBody body,
      SourceRef at, String hint) {
    if (body == null) {
      return null;
    }
    LoadedDocument bdoc = doc;
    String pointer = at.pointer();
    if (body.get$ref() != null) {
      Target<RequestBody> t = refs.requestBody(doc, body.get$ref(), at.child("$ref"));
      if (t == null) {
        return null;
      }
      body = t.value();
      bdoc = t.document();
      pointer = t.pointer();
    }
    return body(bdoc, schemas, body.getContent(), new SourceRef(bdoc.name(), pointer, 0), hint,
        Boolean.TRUE.equals(body.getRequired()), body.getDescription());
  }

  private Body response(LoadedDocument doc, RefResolver refs, SchemaTranslator schemas,
      io.swagger.v3.oas.models.Operation op, SourceRef at, String hint) {
    if (op.getResponses() == null || op.getResponses().isEmpty()) {
      problems.error(at, "operation has no responses", "add at least '200' (with no content when the call answers nothing)");
      return null;
    }
    String code = null;
    for (String c : new TreeMap<>(op.getResponses()).keySet()) {
      if (c.startsWith("2") && (code == null || c.equals("200"))) {
        code = code == null || c.equals("200") ? c : code;
      }
    }
    if (code == null) {
      return null;
    }
    ApiResponse r = op.getResponses().get(code);
    LoadedDocument rdoc = doc;
    String pointer = at.pointer() + "/" + code;
    if (r.get$ref() != null) {
      Target<ApiResponse> t = refs.response(doc, r.get$ref(), new SourceRef(doc.name(), pointer + "/$ref", 0));
      if (t == null) {
        return null;
      }
      r = t.value();
      rdoc = t.document();
      pointer = t.pointer();
    }
    return body(rdoc, schemas, r.getContent(), new SourceRef(rdoc.name(), pointer, 0), hint, true, r.getDescription());
  }

  private Body body(LoadedDocument doc, SchemaTranslator schemas, Content content, SourceRef at, String hint,
      boolean required, String description) {
    if (content == null || content.isEmpty()) {
      return null;
    }
    String chosen = null;
    Body.MediaKind kind = null;
    for (String type : content.keySet()) {
      String t = type.toLowerCase(Locale.ROOT);
      Body.MediaKind k = t.equals("application/json") || t.endsWith("+json") || t.equals("*/*") ? Body.MediaKind.JSON
          : t.equals("application/octet-stream") ? Body.MediaKind.BINARY
          : t.equals("multipart/form-data") ? Body.MediaKind.MULTIPART : null;
      if (k != null && (kind == null || k == Body.MediaKind.JSON)) {
        chosen = type;
        kind = k;
      }
    }
    if (chosen == null) {
      problems.error(at.child("content"), "unsupported construct: media type " + String.join(", ", content.keySet()),
          "use application/json, application/octet-stream or multipart/form-data");
      return null;
    }
    MediaType media = content.get(chosen);
    String pointer = at.pointer() + "/content/" + SchemaTranslator.escape(chosen) + "/schema";
    TypeRef type;
    if (kind == Body.MediaKind.BINARY) {
      type = TypeRef.of(TypeRef.PrimitiveKind.BINARY);
    } else {
      Schema<?> schema = media == null ? null : media.getSchema();
      if (schema == null) {
        if (kind == Body.MediaKind.MULTIPART) {
          problems.error(at.child("content"), "multipart/form-data body without a schema", "describe the parts as an object schema");
          return null;
        }
        type = new TypeRef.FreeObject();
      } else {
        type = schemas.typeOf(doc, schema, pointer, hint);
      }
      if (kind == Body.MediaKind.MULTIPART && !(type instanceof TypeRef.Named)) {
        problems.error(new SourceRef(doc.name(), pointer, 0), "multipart/form-data body must be an object with properties",
            "give each part a property");
        return null;
      }
    }
    return new Body(kind, chosen, type, required, description);
  }

  private static String suggestId(String method, String path) {
    boolean item = path.endsWith("}");
    StringBuilder s = new StringBuilder(switch (method) {
      case "GET" -> item ? "get" : "list";
      case "POST" -> "create";
      case "PUT", "PATCH" -> "update";
      case "DELETE" -> "delete";
      default -> method.toLowerCase(Locale.ROOT);
    });
    for (String part : path.split("/")) {
      if (!part.isEmpty() && !part.startsWith("{") && !part.equals("api") && !part.matches("\\d+\\.\\d+")) {
        s.append(JavaIdentifiers.pascal(part));
      }
    }
    return s.toString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
