package dev.brickapi.codegen.link;

import dev.brickapi.codegen.ext.Site;
import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.link.RefResolver.Target;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.DocumentInfo;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.NameTable;
import dev.brickapi.codegen.naming.OperationNames;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links the parameters of an operation (those of its path item first, then its own, a later one with the
 * same name and place replacing an earlier one): follows their {@code $ref}s, rejects what cannot be sent
 * (cookies, deepObject, content, objects), leaves out the path parameters the client fills itself, and
 * checks that the path template and the path parameters match.
 */
final class ParameterLinker {

  private static final Pattern TEMPLATE_VAR = Pattern.compile("\\{([^}/]+)}");

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
      if (registry.isObject(type) || type instanceof TypeRef.ListOf l2 && registry.isObject(l2.items())) {
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
    checkPathTemplate(doc, path, at, params, clientBound, paramPointers);
    return List.copyOf(params.values());
  }

  private void checkPathTemplate(LoadedDocument doc, String path, SourceRef at, Map<String, Parameter> params,
      List<String> clientBound, Map<String, String> paramPointers) {
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
  }
}
