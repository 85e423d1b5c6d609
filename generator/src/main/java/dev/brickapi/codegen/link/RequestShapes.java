package dev.brickapi.codegen.link;

import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.model.Body;
import dev.brickapi.codegen.model.CallShape;
import dev.brickapi.codegen.model.CallShape.BodyPassing;
import dev.brickapi.codegen.model.JavaName;
import dev.brickapi.codegen.model.NextRequestPagination;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeId;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.UnionType;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.NameTable;
import dev.brickapi.codegen.naming.RecordNames;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides each operation's {@link CallShape}: the request object a caller fills in by name, and the order of
 * the required values of its short overload. The last linker pass, once every type is defined.
 *
 * <ul>
 *   <li>A JSON object body and no parameters: the body's class is the request object. A form body
 *       ({@code application/x-www-form-urlencoded}) is shaped like a JSON one: its fields are the object's.
 *   <li>Parameters and a JSON object body: the request object is the body's class with the parameters added
 *       as properties Jackson ignores, when no other operation or type uses that class; otherwise a new
 *       class {@code <Operation>Request} with the body's properties and the parameters. Its JSON is the body.
 *   <li>Parameters and another body (bytes, a multipart form, an array, a union): {@code <Operation>Request}
 *       with the parameters and a {@code body} property.
 *   <li>Parameters only: {@code <Operation>Request}, unless every parameter is required and there are at
 *       most four; those operations take their values positionally and nothing else.
 * </ul>
 *
 * Required values come in path order, then in the spec's order (parameters, then body fields), unless the
 * operation says otherwise with {@code x-brickapi-required-order}.
 */
final class RequestShapes {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  private final Problems problems;
  private final TypeRegistry registry;
  private final Map<TypeId, Integer> uses = new HashMap<>();

  RequestShapes(Problems problems, TypeRegistry registry) {
    this.problems = problems;
    this.registry = registry;
  }

  List<Service> apply(List<Service> services) {
    countUses(services);
    List<Service> out = new ArrayList<>();
    for (Service s : services) {
      List<Operation> ops = new ArrayList<>();
      for (Operation op : s.operations()) {
        ops.add(shape(op));
      }
      out.add(new Service(s.tag(), s.name(), s.description(), s.document(), ops));
    }
    return out;
  }

  private void countUses(List<Service> services) {
    for (TypeDef def : registry.types().values()) {
      if (def instanceof RecordType r) {
        r.properties().forEach(p -> use(p.type()));
      } else if (def instanceof UnionType u) {
        u.variants().forEach(v -> use(v.type()));
      }
    }
    for (Service s : services) {
      for (Operation op : s.operations()) {
        op.parameters().forEach(p -> use(p.type()));
        if (op.request() != null) {
          use(op.request().type());
        }
        if (op.response() != null) {
          use(op.response().type());
        }
      }
    }
  }

  private void use(TypeRef type) {
    if (type instanceof TypeRef.Named n) {
      uses.merge(n.id(), 1, Integer::sum);
    } else if (type instanceof TypeRef.ListOf l) {
      use(l.items());
    } else if (type instanceof TypeRef.MapOf m) {
      use(m.values());
    }
  }

  private RecordType jsonRecord(Body body) {
    if (body != null && body.media() != Body.MediaKind.BINARY && body.type() instanceof TypeRef.Named n
        && registry.get(n.id()) instanceof RecordType r) {
      return r;
    }
    return null;
  }

  private Operation shape(Operation op) {
    List<Parameter> params = pathOrder(op);
    RecordType bodyRecord = op.request() != null && (op.request().media() == Body.MediaKind.JSON
        || op.request().media() == Body.MediaKind.FORM) ? jsonRecord(op.request()) : null;
    RecordType multipart = op.request() != null && op.request().media() == Body.MediaKind.MULTIPART ? jsonRecord(op.request()) : null;
    if (params.isEmpty()) {
      RecordType whole = bodyRecord != null ? bodyRecord : multipart;
      if (whole != null) {
        return op.withCall(new CallShape(new TypeRef.Named(whole.id()), BodyPassing.REQUEST, null, Map.of(),
            order(op, whole, Map.of(), null)), op.request());
      }
      List<String> required = op.request() == null ? List.of() : List.of(CallShape.BODY);
      return op.withCall(new CallShape(null, op.request() == null ? BodyPassing.NONE : BodyPassing.REQUEST, null,
          Map.of(), required), op.request());
    }
    boolean allRequired = params.stream().allMatch(Parameter::required);
    if (op.request() == null && allRequired && params.size() <= CallShape.MAX_POSITIONAL) {
      List<String> keys = new ArrayList<>();
      params.forEach(p -> keys.add(CallShape.key(p)));
      return op.withCall(new CallShape(null, BodyPassing.NONE, null, Map.of(), ordered(op, keys, byName(params, keys))),
          op.request());
    }
    boolean nextRequest = op.pagination() instanceof NextRequestPagination;
    if (bodyRecord != null && (!nextRequest || exclusive(bodyRecord))) {
      boolean inPlace = exclusive(bodyRecord) && bodyRecord.unions().isEmpty();
      RecordType request = withInputs(inPlace ? bodyRecord.id() : requestId(op),
          inPlace ? bodyRecord.name() : null, op, bodyRecord.properties(), params, null, bodyRecord.description());
      Body body = op.request().withType(new TypeRef.Named(request.id()));
      return op.withCall(new CallShape(new TypeRef.Named(request.id()), BodyPassing.REQUEST, null,
          parameterProperties(request, params), order(op, request, parameterProperties(request, params), null)), body);
    }
    RecordType request = withInputs(requestId(op), null, op, List.of(), params, op.request(), null);
    String bodyProperty = op.request() == null ? null : request.properties().get(request.properties().size() - 1).jsonName();
    Map<String, String> byParam = parameterProperties(request, params);
    return op.withCall(new CallShape(new TypeRef.Named(request.id()),
        op.request() == null ? BodyPassing.NONE : BodyPassing.PROPERTY, bodyProperty, byParam,
        order(op, request, byParam, bodyProperty)), op.request());
  }

  /** Whether the record is this body's alone: no other operation, type or parameter uses it. */
  private boolean exclusive(RecordType r) {
    return uses.getOrDefault(r.id(), 0) == 1;
  }

  private static TypeId requestId(Operation op) {
    return new TypeId(op.location().document(), op.location().pointer() + "/parameters");
  }

  /** The parameters: path ones in the order of the path, then the others in the spec's order. */
  private static List<Parameter> pathOrder(Operation op) {
    List<Parameter> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(op.path());
    while (m.find()) {
      for (Parameter p : op.parameters()) {
        if (p.in() == Parameter.In.PATH && p.name().equals(m.group(1)) && !out.contains(p)) {
          out.add(p);
        }
      }
    }
    for (Parameter p : op.parameters()) {
      if (!out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The request record: the body's properties (none, or the body as one property {@code body}), then each
   * parameter that is not already a body field of the same name and type, as an input property.
   */
  private RecordType withInputs(TypeId id, JavaName name, Operation op, List<Property> bodyProperties,
      List<Parameter> params, Body wholeBody, String description) {
    List<Property> properties = new ArrayList<>(bodyProperties);
    Set<String> inputs = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    NameTable javaNames = new NameTable(RecordNames.RESERVED_FIELDS);
    for (Property p : bodyProperties) {
      keys.add(p.jsonName());
      javaNames.allocate(p.javaName());
    }
    Set<String> objects = new LinkedHashSet<>();
    for (Parameter p : params) {
      if (p.member() != null) {
        Parameter.Member m = p.member();
        if (objects.add(m.object())) {
          String key = keys.contains(m.object()) ? "query:" + m.object() : m.object();
          keys.add(key);
          inputs.add(key);
          properties.add(new Property(key, javaNames.allocate(m.objectJavaName()), m.objectType(), m.objectDescription(),
              m.objectRequired(), false, false, false, p.deprecated(), false, null, null));
        }
        continue;
      }
      Property same = sameField(bodyProperties, p);
      if (same != null) {
        continue;
      }
      String key = keys.contains(p.name()) ? p.in().name().toLowerCase() + ":" + p.name() : p.name();
      keys.add(key);
      inputs.add(key);
      properties.add(new Property(key, javaNames.allocate(p.javaName()), p.type(), p.description(), p.required(),
          false, false, false, p.deprecated(), false, null, null));
    }
    if (wholeBody != null) {
      String key = keys.contains(CallShape.BODY) ? "request:body" : CallShape.BODY;
      inputs.add(key);
      properties.add(new Property(key, javaNames.allocate("body"), wholeBody.type(), wholeBody.description(),
          wholeBody.required(), false, false, false, false, false, null, null));
    }
    JavaName javaName = name != null ? name
        : registry.inlineName(id, JavaIdentifiers.pascal(op.operationId()) + "Request");
    String doc = description != null && !description.isBlank() ? description
        : "The inputs of " + op.javaName() + ": " + op.method() + " " + op.path() + ".";
    RecordType record = new RecordType(id, javaName, doc, false, properties, List.of(), inputs, op.location());
    registry.define(record);
    return record;
  }

  private static Property sameField(List<Property> bodyProperties, Parameter p) {
    for (Property b : bodyProperties) {
      if (b.jsonName().equals(p.name()) && b.type().equals(p.type()) && !b.readOnly()) {
        return b;
      }
    }
    return null;
  }

  /** The request property each parameter is read from. */
  private static Map<String, String> parameterProperties(RecordType request, List<Parameter> params) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Parameter p : params) {
      if (p.member() != null) {
        for (Property x : request.properties()) {
          if (request.isInput(x) && (x.jsonName().equals(p.member().object())
              || x.jsonName().equals("query:" + p.member().object())) && x.type().equals(p.member().objectType())) {
            out.put(CallShape.key(p), x.jsonName());
          }
        }
        continue;
      }
      Property same = sameField(request.properties().stream().filter(x -> !request.isInput(x)).toList(), p);
      if (same != null) {
        out.put(CallShape.key(p), same.jsonName());
        continue;
      }
      for (Property x : request.properties()) {
        if (request.isInput(x) && (x.jsonName().equals(p.name()) || x.jsonName().equals(p.in().name().toLowerCase() + ":" + p.name()))
            && x.type().equals(p.type())) {
          out.put(CallShape.key(p), x.jsonName());
        }
      }
    }
    return out;
  }

  /**
   * The required properties of a request in call order: parameters (path order first), then body fields, or
   * the body property; by the operation's {@code x-brickapi-required-order} when it has one.
   */
  private List<String> order(Operation op, RecordType request, Map<String, String> byParam, String bodyProperty) {
    List<String> keys = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Parameter p : pathOrder(op)) {
      String property = byParam.get(CallShape.key(p));
      boolean required = p.member() != null ? p.member().objectRequired() : p.required();
      if (required && property != null && !keys.contains(property)) {
        keys.add(property);
        names.put(property, p.member() != null ? p.member().object() : p.name());
      }
    }
    for (Property p : request.properties()) {
      boolean field = !request.isInput(p);
      if ((field && p.required() && !p.readOnly()) || p.jsonName().equals(bodyProperty)) {
        if (!keys.contains(p.jsonName())) {
          keys.add(p.jsonName());
          names.put(p.jsonName(), field ? p.jsonName() : CallShape.BODY);
        }
      }
    }
    return ordered(op, keys, names);
  }

  private static Map<String, String> byName(List<Parameter> params, List<String> keys) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Parameter p : params) {
      names.put(CallShape.key(p), p.name());
    }
    return names;
  }

  /** {@code keys} reordered as the extension says, when the operation has it and it names exactly them. */
  private List<String> ordered(Operation op, List<String> keys, Map<String, String> specNames) {
    if (op.requiredOrder().isEmpty()) {
      return keys;
    }
    SourceRef at = new SourceRef(op.location().document(), op.location().pointer(), 0)
        .child(VendorExtensions.REQUIRED_ORDER.key());
    List<String> known = keys.stream().map(specNames::get).toList();
    List<String> out = new ArrayList<>();
    for (String wanted : op.requiredOrder()) {
      int i = known.indexOf(wanted);
      if (i < 0) {
        problems.error(at, "'" + wanted + "' is not a required input of " + op.operationId(),
            "name its required inputs, in the API's order: " + known);
        return keys;
      }
      out.add(keys.get(i));
    }
    if (out.size() != keys.size()) {
      List<String> missing = new ArrayList<>(known);
      missing.removeAll(op.requiredOrder());
      problems.error(at, VendorExtensions.REQUIRED_ORDER.key() + " of " + op.operationId() + " leaves out " + missing,
          "name every required input once, in the API's order: " + known);
      return keys;
    }
    return out;
  }
}
