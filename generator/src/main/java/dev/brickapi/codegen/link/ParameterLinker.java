package dev.brickapi.codegen.link;

import dev.brickapi.codegen.ext.ExtensionValues;
import dev.brickapi.codegen.ext.QueryObjectExtension.QueryObject;
import dev.brickapi.codegen.ext.Site;
import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.link.RefResolver.Target;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.DocumentInfo;
import dev.brickapi.codegen.model.EnumType;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.UnionType;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.NameTable;
import dev.brickapi.codegen.naming.OperationNames;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links the parameters of an operation (those of its path item first, then its own, a later one with the
 * same name and place replacing an earlier one): follows their {@code $ref}s, rejects what cannot be sent
 * (cookies, content, objects outside the query), leaves out the path parameters the client fills itself, and
 * checks that the path template and the path parameters match.
 *
 * <p>An object query parameter becomes one parameter per value it holds ({@link Parameter.Member}), keyed as its
 * style says: {@code form} with {@code explode: true} by the property name, {@code deepObject} as
 * {@code filter_by[cluster_states]}, {@code x-brickapi-query-object} style {@code dotted} as
 * {@code filter_by.cluster_states}. Nested objects are keyed the same way one level down (not in form style,
 * where OpenAPI leaves them undefined).
 *
 * <p>Where OpenAPI leaves the form open: a {@code deepObject} list is sent as {@code name[]} per item, a
 * {@code deepObject} scalar as {@code name}; a {@code oneOf}/{@code anyOf} of scalars is a string sent as written;
 * one of an object and scalars in the query is the object, and the scalars as a string under the parameter's own
 * key. A refused path parameter, or one whose {@code $ref} failed, is not reported again as an undeclared template
 * variable.
 */
final class ParameterLinker {

  private static final Pattern TEMPLATE_VAR = Pattern.compile("\\{([^}/]+)}");
  private static final Set<String> SCALAR_TYPES = Set.of("string", "integer", "number", "boolean");

  private final Problems problems;
  private final RefResolver refs;
  private final SchemaTranslator schemas;
  private final TypeRegistry registry;

  ParameterLinker(Problems problems, RefResolver refs, SchemaTranslator schemas, TypeRegistry registry) {
    this.problems = problems;
    this.refs = refs;
    this.schemas = schemas;
    this.registry = registry;
  }

  /**
   * @param hint the prefix of the class name an inline parameter type gets
   * @param at where the operation is
   */
  List<Parameter> link(LoadedDocument doc, DocumentInfo info, String path, PathItem item, Operation op, String hint,
      SourceRef at) {
    NameTable paramNames = new NameTable(OperationNames.RESERVED_PARAMETERS);
    Map<String, Parameter> params = new LinkedHashMap<>();
    List<String> clientBound = new ArrayList<>();
    Map<String, String> paramPointers = new HashMap<>();
    List<io.swagger.v3.oas.models.parameters.Parameter> declared = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    // Path parameters refused below declare their template variables; one whose $ref failed may be any of them.
    Set<String> refused = new HashSet<>();
    boolean unknownRefused = false;
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
    int pathLevel = item.getParameters() == null ? 0 : item.getParameters().size();
    Map<String, Integer> declaredAt = new HashMap<>();
    for (int i = 0; i < declared.size(); i++) {
      io.swagger.v3.oas.models.parameters.Parameter p = declared.get(i);
      SourceRef pat = new SourceRef(doc.name(), pointers.get(i), 0);
      LoadedDocument pdoc = doc;
      String ppointer = pointers.get(i);
      if (p.get$ref() != null) {
        Target<io.swagger.v3.oas.models.parameters.Parameter> t = refs.parameter(doc, p.get$ref(), pat.child("$ref"));
        if (t == null) {
          unknownRefused = true;
          continue;
        }
        p = t.value();
        pdoc = t.document();
        ppointer = t.pointer();
        pat = t.at();
      }
      Integer first = declaredAt.putIfAbsent(p.getIn() + " " + p.getName(), i);
      if (first != null && (first < pathLevel) == (i < pathLevel)) {
        problems.error(new SourceRef(doc.name(), pointers.get(i), 0), "parameter '" + p.getName() + "' in " + p.getIn()
            + " is declared twice (first at " + pointers.get(first) + ")", "remove one of them");
        continue;
      }
      ExtensionValues ext = VendorExtensions.ALL.read(Site.PARAMETER, p.getExtensions(), pat, problems);
      if ("path".equals(p.getIn()) && p.getName() != null) {
        refused.add(p.getName()); // until it is linked below
      }
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
      if (p.getContent() != null && !p.getContent().isEmpty()) {
        problems.error(pat.child("content"), "unsupported construct: parameter '" + p.getName() + "' with content",
            "describe the parameter with 'schema'");
        continue;
      }
      String typeHint = hint + JavaIdentifiers.pascal(p.getName());
      List<TypeRef> variants = inlineUnion(pdoc, p.getSchema(), ppointer + "/schema", typeHint);
      // A variant of any value (no schema, or one whose $ref failed and is reported) goes as a string too.
      List<TypeRef> objects = variants == null ? null
          : variants.stream().filter(v -> v != null && !isScalar(v) && !(v instanceof TypeRef.AnyValue)).toList();
      TypeRef type;
      TypeRef scalarsBeside = null;
      if (objects != null && objects.isEmpty()) {
        type = TypeRef.of(TypeRef.PrimitiveKind.STRING); // the value as sent, whichever variant it is
      } else if (objects != null && objects.size() == 1 && objects.size() < variants.size() && in == Parameter.In.QUERY
          && objects.get(0) instanceof TypeRef.Named o && registry.get(o.id()) instanceof RecordType) {
        type = o; // the object's keys, and the scalars as the value of the parameter's own key beside them
        scalarsBeside = TypeRef.of(TypeRef.PrimitiveKind.STRING);
      } else {
        type = schemas.typeOf(pdoc, p.getSchema(), ppointer + "/schema", typeHint);
        if (type instanceof TypeRef.Named u && registry.get(u.id()) instanceof UnionType union
            && union.variants().stream().allMatch(v -> isScalar(v.type()) || v.type() instanceof TypeRef.AnyValue)) {
          type = TypeRef.of(TypeRef.PrimitiveKind.STRING); // a component union of scalars: the value as sent
        }
      }
      Optional<QueryObject> queryObject = ext.get(VendorExtensions.QUERY_OBJECT);
      if (type instanceof TypeRef.Named n && registry.get(n.id()) instanceof RecordType record) {
        if (in != Parameter.In.QUERY) {
          problems.error(pat.child("schema"), "unsupported construct: " + where + " parameter '" + p.getName()
              + "' of object type (OpenAPI's " + where + " styles send an object as one string the API would have to parse)",
              in == Parameter.In.PATH ? "declare the path parameter as a string, integer, boolean or enum"
                  : "declare one " + where + " parameter per field, each a scalar or an enum");
          continue;
        }
        QueryObject how = objectStyle(p, queryObject.orElse(null), pat);
        if (how == null) {
          continue;
        }
        boolean deep = p.getStyle() == io.swagger.v3.oas.models.parameters.Parameter.StyleEnum.DEEPOBJECT;
        String prefix = how.dotted() ? p.getName() : deep ? p.getName() : null;
        String objectJava = paramNames.allocate(JavaIdentifiers.camel(p.getName()));
        List<Parameter> members = new ArrayList<>();
        if (!flatten(record, prefix, how, deep, List.of(), new Parameter.Member(p.getName(), objectJava, type,
            Boolean.TRUE.equals(p.getRequired()), p.getDescription(), List.of(), how.commaSeparated(), type),
            pat.child("schema"), paramNames, members, Boolean.TRUE.equals(p.getDeprecated()),
            new java.util.HashSet<>(java.util.Set.of(record.id())))) {
          continue;
        }
        if (scalarsBeside != null) {
          members.add(new Parameter(p.getName(), in, paramNames.allocate(JavaIdentifiers.camel(p.getName() + "_value")),
              scalarsBeside, false, Boolean.TRUE.equals(p.getDeprecated()), p.getDescription(), null));
        }
        refused.remove(p.getName());
        for (Parameter m : members) {
          String key = in + ":" + m.name();
          if (params.containsKey(key)) {
            problems.error(pat, "query key '" + m.name() + "' of object parameter '" + p.getName()
                + "' is also another query parameter of the operation", "rename the property or the other parameter");
            continue;
          }
          paramPointers.put(key, pat.pointer());
          params.put(key, m);
        }
        continue;
      }
      if (queryObject.isPresent()) {
        problems.error(pat.child(VendorExtensions.QUERY_OBJECT.key()), VendorExtensions.QUERY_OBJECT.key()
            + " on parameter '" + p.getName() + "', which is not of object type", "remove it; it describes object query parameters");
        continue;
      }
      if (!refuseUnsendable(p, type, where, pat)) {
        continue;
      }
      // deepObject defines objects only: a list goes as name[]=a&name[]=b (as Rails, PHP and Stripe read it), a scalar
      // as name=value.
      boolean deepList = p.getStyle() == io.swagger.v3.oas.models.parameters.Parameter.StyleEnum.DEEPOBJECT
          && in == Parameter.In.QUERY && type instanceof TypeRef.ListOf;
      String wireName = deepList ? p.getName() + "[]" : p.getName();
      String key = in + ":" + wireName;
      if (in == Parameter.In.PATH && info.clientParameters().contains(p.getName())) {
        clientBound.add(p.getName());
        continue; // filled by the client at run time, not by the caller
      }
      Parameter old = params.get(key);
      String jname = old != null ? old.javaName() : paramNames.allocate(JavaIdentifiers.camel(p.getName()));
      paramPointers.put(key, pat.pointer());
      refused.remove(p.getName());
      params.put(key, new Parameter(wireName, in, jname, type,
          in == Parameter.In.PATH || Boolean.TRUE.equals(p.getRequired()),
          Boolean.TRUE.equals(p.getDeprecated()), p.getDescription(), null));
    }
    if (!unknownRefused) {
      checkPathTemplate(doc, path, at, params, clientBound, refused, paramPointers);
    }
    return List.copyOf(params.values());
  }

  /**
   * The variants of an inline {@code oneOf}/{@code anyOf} parameter schema without discriminator, null for any other
   * schema: a scalar variant written in place is null (no class is made for it, the parameter is sent as a string), a
   * {@code $ref} or an object is its type.
   */
  private List<TypeRef> inlineUnion(LoadedDocument doc, Schema<?> schema, String pointer, String typeHint) {
    if (schema == null || schema.get$ref() != null || schema.getDiscriminator() != null) {
      return null;
    }
    String kind = SchemaTranslator.notEmpty(schema.getOneOf()) ? "oneOf" : SchemaTranslator.notEmpty(schema.getAnyOf())
        ? "anyOf" : null;
    if (kind == null || schema.getType() != null || schema.getProperties() != null) {
      return null;
    }
    List<Schema> raw = kind.equals("oneOf") ? schema.getOneOf() : schema.getAnyOf();
    List<TypeRef> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Schema<?> v = raw.get(i);
      boolean scalar = v.get$ref() == null && SCALAR_TYPES.contains(v.getType()) && !"binary".equals(v.getFormat());
      out.add(scalar ? null : schemas.typeOf(doc, v, pointer + "/" + kind + "/" + i, typeHint));
    }
    return out;
  }

  /**
   * False (reported) for a parameter no style can send: a map, a free-form object, an array of objects or of arrays,
   * with a message for each, since their mends differ.
   */
  private boolean refuseUnsendable(io.swagger.v3.oas.models.parameters.Parameter p, TypeRef type, String where,
      SourceRef pat) {
    String what;
    String mend;
    TypeRef items = type instanceof TypeRef.ListOf l ? l.items() : null;
    if (type instanceof TypeRef.FreeObject || type instanceof TypeRef.MapOf) {
      what = "a map (an object without declared properties), whose keys the generated request line cannot name";
      mend = where.equals("query") ? "declare its properties (an object query parameter), or send it in a request body"
          : "declare the " + where + " parameter as a string, integer, boolean or enum";
    } else if (items != null && !isScalar(items)) {
      what = "an array of " + (items instanceof TypeRef.ListOf ? "arrays" : "objects")
          + ", for which OpenAPI defines no serialization";
      mend = "declare an array of strings, numbers, booleans or an enum, or send the values in a request body";
    } else if (type instanceof TypeRef.Named n && registry.get(n.id()) instanceof UnionType) {
      what = "a oneOf/anyOf with variants that are neither scalars nor one object, which no " + where + " style sends";
      mend = where.equals("query") ? "declare scalars only (sent as a string), or one object beside them (sent by its keys)"
          : "declare the " + where + " parameter as a string, integer, boolean or enum";
    } else {
      return true;
    }
    problems.error(pat.child("schema"), "unsupported construct: " + where + " parameter '" + p.getName() + "' is " + what,
        mend);
    return false;
  }

  /** A primitive (not binary) or an enum: what goes into a parameter as one string. */
  private boolean isScalar(TypeRef t) {
    return t instanceof TypeRef.Primitive pr && pr.kind() != TypeRef.PrimitiveKind.BINARY
        && pr.kind() != TypeRef.PrimitiveKind.STREAM
        || t instanceof TypeRef.Named n && registry.get(n.id()) instanceof EnumType;
  }

  /**
   * How an object query parameter is sent, or null (reported) for a style that cannot send an object: its
   * {@code x-brickapi-query-object}, or {@code form} with {@code explode: true} (the default), or {@code deepObject}.
   */
  private QueryObject objectStyle(io.swagger.v3.oas.models.parameters.Parameter p, QueryObject declared, SourceRef at) {
    io.swagger.v3.oas.models.parameters.Parameter.StyleEnum style = p.getStyle();
    if (declared != null && declared.dotted()) {
      return declared;
    }
    boolean csv = declared != null && declared.commaSeparated();
    if (style == null || style == io.swagger.v3.oas.models.parameters.Parameter.StyleEnum.FORM) {
      if (Boolean.FALSE.equals(p.getExplode())) {
        problems.error(at.child("explode"), "unsupported construct: object query parameter '" + p.getName()
            + "' with style form and explode: false (its properties as one comma-separated list of names and values)",
            "use explode: true (each property a query key), style: deepObject (" + p.getName()
            + "[field]), or x-brickapi-query-object: {style: dotted} (" + p.getName() + ".field)");
        return null;
      }
      return new QueryObject(false, csv);
    }
    if (style == io.swagger.v3.oas.models.parameters.Parameter.StyleEnum.DEEPOBJECT) {
      return new QueryObject(false, csv);
    }
    problems.error(at.child("style"), "unsupported construct: object query parameter '" + p.getName() + "' with style "
        + style, "use style: form with explode: true, style: deepObject, or x-brickapi-query-object: {style: dotted}");
    return null;
  }

  /**
   * Adds one member parameter per sendable value of {@code record} to {@code out}, nested records flattened
   * below it; false (reported) when a property cannot be sent as a query value.
   */
  private boolean flatten(RecordType record, String prefix, QueryObject how, boolean deep, List<String> path,
      Parameter.Member object, SourceRef at, NameTable names, List<Parameter> out, boolean deprecated,
      java.util.Set<dev.brickapi.codegen.model.TypeId> visiting) {
    boolean ok = true;
    for (Property property : record.properties()) {
      if (property.readOnly()) {
        continue;
      }
      String key = prefix == null ? property.jsonName()
          : deep ? prefix + "[" + property.jsonName() + "]" : prefix + "." + property.jsonName();
      List<String> here = new ArrayList<>(path);
      here.add(property.jsonName());
      TypeRef t = property.type();
      if (t instanceof TypeRef.Named n && registry.get(n.id()) instanceof RecordType nested) {
        if (prefix == null) {
          problems.error(at, "unsupported construct: property '" + property.jsonName() + "' of object query parameter '"
              + object.object() + "' is an object, which style form does not define",
              "use style: deepObject or x-brickapi-query-object: {style: dotted}, or flatten the property");
          ok = false;
          continue;
        }
        if (visiting.contains(nested.id())) {
          problems.error(at, "unsupported construct: object query parameter '" + object.object() + "' contains itself at '"
              + String.join(".", here) + "', which has no finite set of query keys",
              "end the nesting: declare that property as a scalar, or send the value another way (a body field)");
          ok = false;
          continue;
        }
        visiting.add(nested.id());
        ok &= flatten(nested, key, how, deep, here, object, at, names, out, deprecated, visiting);
        visiting.remove(nested.id());
        continue;
      }
      TypeRef item = t instanceof TypeRef.ListOf l ? l.items() : t;
      if (!isScalar(item)) {
        problems.error(at, "unsupported construct: property '" + String.join(".", here) + "' of object query parameter '"
            + object.object() + "' is not a scalar, an enum or a list of those",
            "send that value another way (a body field), or declare it as a scalar");
        ok = false;
        continue;
      }
      boolean csv = how.commaSeparated() && t instanceof TypeRef.ListOf;
      TypeRef wire = csv ? TypeRef.of(TypeRef.PrimitiveKind.STRING) : t;
      out.add(new Parameter(key, Parameter.In.QUERY, names.allocate(JavaIdentifiers.camel(object.object() + "_"
          + String.join("_", here))), wire, false, deprecated || property.deprecated(), property.description(),
          new Parameter.Member(object.object(), object.objectJavaName(), object.objectType(), object.objectRequired(),
              object.objectDescription(), here, csv, t)));
    }
    return ok;
  }

  private void checkPathTemplate(LoadedDocument doc, String path, SourceRef at, Map<String, Parameter> params,
      List<String> clientBound, Set<String> refused, Map<String, String> paramPointers) {
    Matcher m = TEMPLATE_VAR.matcher(path);
    List<String> templateVars = new ArrayList<>();
    while (m.find()) {
      templateVars.add(m.group(1));
      String name = m.group(1);
      if (!params.containsKey("PATH:" + name) && !clientBound.contains(name) && !refused.contains(name)) {
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
  }
}
