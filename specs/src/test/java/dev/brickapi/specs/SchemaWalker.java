package dev.brickapi.specs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;

/** Visits every schema written in a document (not following {@code $ref}s), with its JSON pointer and role. */
final class SchemaWalker {

  /** Where a schema sits. */
  enum Role {
    /** A named schema: {@code components/schemas/<Name>}. */
    COMPONENT,
    /** The value of an object property. */
    PROPERTY,
    /** The items of an array. */
    ITEMS,
    /** The values of a map ({@code additionalProperties}). */
    MAP_VALUE,
    /** A member of {@code allOf}, {@code oneOf}, {@code anyOf} or {@code not}. */
    MEMBER,
    /** The schema of a parameter, header or media type. */
    OTHER
  }

  interface Visitor {
    void visit(Schema<?> schema, String pointer, Role role);
  }

  /** A media type (request or response body) with its pointer. */
  interface MediaVisitor {
    void visit(MediaType media, String pointer);
  }

  /** A parameter with its pointer. */
  interface ParameterVisitor {
    void visit(Parameter parameter, String pointer);
  }

  private SchemaWalker() {}

  static void walk(SpecDocument d, Visitor schemas) {
    walk(d, schemas, (m, p) -> {}, (x, p) -> {});
  }

  static void walk(SpecDocument d, Visitor schemas, MediaVisitor media, ParameterVisitor parameters) {
    if (d.api == null) {
      return;
    }
    Components c = d.api.getComponents();
    if (c != null) {
      each(c.getSchemas(), (name, s) -> schema(s, Pointers.child("/components/schemas", name), Role.COMPONENT, schemas));
      each(c.getResponses(), (name, r) -> response(r, Pointers.child("/components/responses", name), schemas, media));
      each(c.getRequestBodies(), (name, r) -> body(r, Pointers.child("/components/requestBodies", name), schemas, media));
      each(c.getParameters(), (name, p) -> parameter(p, Pointers.child("/components/parameters", name), schemas, parameters));
      each(c.getHeaders(), (name, h) -> header(h, Pointers.child("/components/headers", name), schemas));
    }
    each(d.api.getPaths(), (path, item) -> {
      String at = Pointers.child("/paths", path);
      parameters(item.getParameters(), at, schemas, parameters);
      for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
        String op = Pointers.child(at, e.getKey().name().toLowerCase());
        Operation o = e.getValue();
        parameters(o.getParameters(), op, schemas, parameters);
        if (o.getRequestBody() != null) {
          body(o.getRequestBody(), op + "/requestBody", schemas, media);
        }
        if (o.getResponses() != null) {
          each(o.getResponses(), (code, r) -> response(r, Pointers.child(op + "/responses", code), schemas, media));
        }
      }
    });
  }

  static void schema(Schema<?> s, String at, Role role, Visitor v) {
    if (s == null) {
      return;
    }
    v.visit(s, at, role);
    if (s.get$ref() != null) {
      return;
    }
    each(s.getProperties(), (name, p) -> schema(p, Pointers.child(at + "/properties", name), Role.PROPERTY, v));
    schema(s.getItems(), at + "/items", Role.ITEMS, v);
    if (s.getAdditionalProperties() instanceof Schema<?> map) {
      schema(map, at + "/additionalProperties", Role.MAP_VALUE, v);
    }
    members(s.getAllOf(), at + "/allOf", v);
    members(s.getOneOf(), at + "/oneOf", v);
    members(s.getAnyOf(), at + "/anyOf", v);
    schema(s.getNot(), at + "/not", Role.MEMBER, v);
  }

  private static void members(List<Schema> list, String at, Visitor v) {
    if (list != null) {
      for (int i = 0; i < list.size(); i++) {
        schema(list.get(i), at + "/" + i, Role.MEMBER, v);
      }
    }
  }

  private static void parameters(List<Parameter> list, String at, Visitor v, ParameterVisitor pv) {
    if (list != null) {
      for (int i = 0; i < list.size(); i++) {
        parameter(list.get(i), at + "/parameters/" + i, v, pv);
      }
    }
  }

  private static void parameter(Parameter p, String at, Visitor v, ParameterVisitor pv) {
    if (p == null || p.get$ref() != null) {
      return;
    }
    pv.visit(p, at);
    schema(p.getSchema(), at + "/schema", Role.OTHER, v);
    content(p.getContent(), at + "/content", v, (m, x) -> {});
  }

  private static void body(RequestBody r, String at, Visitor v, MediaVisitor mv) {
    if (r != null && r.get$ref() == null) {
      content(r.getContent(), at + "/content", v, mv);
    }
  }

  private static void response(ApiResponse r, String at, Visitor v, MediaVisitor mv) {
    if (r == null || r.get$ref() != null) {
      return;
    }
    each(r.getHeaders(), (name, h) -> header(h, Pointers.child(at + "/headers", name), v));
    content(r.getContent(), at + "/content", v, mv);
  }

  private static void header(Header h, String at, Visitor v) {
    if (h != null && h.get$ref() == null) {
      schema(h.getSchema(), at + "/schema", Role.OTHER, v);
    }
  }

  private static void content(Content c, String at, Visitor v, MediaVisitor mv) {
    each(c, (type, m) -> {
      String here = Pointers.child(at, type);
      mv.visit(m, here);
      schema(m.getSchema(), here + "/schema", Role.OTHER, v);
    });
  }

  private static <V> void each(Map<String, V> map, java.util.function.BiConsumer<String, V> f) {
    if (map != null) {
      map.forEach((k, val) -> {
        if (val != null) {
          f.accept(k, val);
        }
      });
    }
  }
}
