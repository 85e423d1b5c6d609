package dev.brickapi.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.codegen.ext.Site;
import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.problem.Problem;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The rules of the spec lint (specs/README.md says why each convention exists). */
final class LintRules {

  private LintRules() {}

  /** All rules, in the order of the issue. */
  static List<LintRule> all() {
    return List.of(new Parse(), new Info(), new OperationsRule(), new References(), new UnusedSchemas(),
        new UntypedProperties(), new Examples(), new Naming(), new Extensions(), new WideIntegers(), new ListResponses());
  }

  /** Runs every rule over every document. */
  static Findings run(SpecSet specs) {
    Findings out = new Findings();
    for (LintRule rule : all()) {
      rule.check(specs, out);
    }
    return out;
  }

  static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][A-Za-z0-9]*");
  static final Pattern PASCAL = Pattern.compile("[A-Z][A-Za-z0-9]*");
  static final Pattern OPENAPI_30 = Pattern.compile("3\\.0\\.\\d+");
  /** How the description of a deliberately free JSON value says so. */
  static final Pattern ANY_JSON = Pattern.compile("(?i)\\bany\\b[^.]*\\bJSON\\b");
  static final Map<String, String> COMMON_ERRORS = new LinkedHashMap<>();

  static {
    COMMON_ERRORS.put("400", "BadRequest");
    COMMON_ERRORS.put("401", "Unauthorized");
    COMMON_ERRORS.put("403", "Forbidden");
    COMMON_ERRORS.put("404", "NotFound");
    COMMON_ERRORS.put("429", "TooManyRequests");
    COMMON_ERRORS.put("500", "InternalError");
    COMMON_ERRORS.put("503", "Unavailable");
  }

  static final String ERRORS_DOCUMENT = "common/errors.yaml";

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static boolean blank(JsonNode n) {
    return n == null || !n.isTextual() || n.asText().isBlank();
  }

  /** Every document is valid OpenAPI 3.0 as swagger-parser reads it (messages about $refs aside). */
  static final class Parse implements LintRule {
    public String name() {
      return "parse";
    }

    public void check(SpecSet specs, Findings out) {
      for (SpecDocument d : specs.documents()) {
        for (String m : d.messages) {
          out.add(d.name, "", "swagger-parser: " + m, "make the document valid OpenAPI 3.0");
        }
        if (d.api == null && d.messages.isEmpty()) {
          out.add(d.name, "", "swagger-parser could not read the document", "make the document valid OpenAPI 3.0");
        }
      }
    }
  }

  /** Rule 1: {@code openapi: 3.0.x}; info has title, version and description. */
  static final class Info implements LintRule {
    public String name() {
      return "info";
    }

    public void check(SpecSet specs, Findings out) {
      for (SpecDocument d : specs.documents()) {
        JsonNode v = d.raw.path("openapi");
        if (!v.isTextual() || !OPENAPI_30.matcher(v.asText()).matches()) {
          out.add(d.name, "/openapi", "openapi is " + (v.isMissingNode() ? "missing" : "'" + v.asText() + "'")
              + ", not 3.0.x", "write openapi: 3.0.3");
        }
        JsonNode info = d.raw.path("info");
        for (String key : List.of("title", "version", "description")) {
          if (blank(info.get(key))) {
            out.add(d.name, "/info", "info has no " + key, "add info." + key + " (a string)");
          }
        }
      }
    }
  }

  /**
   * Rule 2: one declared tag, a unique lowerCamelCase operationId, a summary and a different description,
   * a '200' response and the seven common errors as $refs into common/errors.yaml.
   */
  static final class OperationsRule implements LintRule {
    public String name() {
      return "operations";
    }

    public void check(SpecSet specs, Findings out) {
      Map<String, Map<String, List<Operations.At>>> ids = new TreeMap<>();
      for (SpecDocument d : specs.documents()) {
        Map<String, Boolean> declared = new LinkedHashMap<>();
        JsonNode tags = d.raw.path("tags");
        for (int i = 0; i < tags.size(); i++) {
          String name = tags.get(i).path("name").asText("");
          if (declared.containsKey(name)) {
            out.add(d.name, "/tags/" + i, "tag '" + name + "' is declared twice", "declare each tag once");
          }
          declared.put(name, true);
          if (blank(tags.get(i).get("description"))) {
            out.add(d.name, "/tags/" + i, "tag '" + name + "' has no description",
                "describe the service; it becomes the Javadoc of " + name + "Api");
          }
        }
        for (Operations.At op : Operations.of(d)) {
          check(d, op, declared, out);
          String id = op.operation().getOperationId();
          if (!blank(id)) {
            ids.computeIfAbsent(d.javaPackage(), k -> new TreeMap<>()).computeIfAbsent(id, k -> new ArrayList<>()).add(op);
          }
        }
      }
      ids.forEach((pkg, byId) -> byId.forEach((id, uses) -> {
        if (uses.size() > 1) {
          for (Operations.At op : uses) {
            List<String> others = new ArrayList<>();
            for (Operations.At o : uses) {
              if (o != op) {
                others.add((o.document() == op.document() ? "" : o.document().name + " ") + o.method().toUpperCase()
                    + " " + o.path());
              }
            }
            out.add(op.document().name, op.pointer() + "/operationId", "operationId '" + id + "' is also used by "
                + String.join(", ", others), "rename one; operationIds are Java method names and must be unique in package "
                + pkg);
          }
        }
      }));
    }

    private void check(SpecDocument d, Operations.At op, Map<String, Boolean> declared, Findings out) {
      var o = op.operation();
      String at = op.pointer();
      List<String> tags = o.getTags() == null ? List.of() : o.getTags();
      if (tags.size() != 1) {
        out.add(d.name, at + "/tags", "the operation has " + tags.size() + " tags", "give it exactly one tag, its service");
      }
      for (String tag : tags) {
        if (!declared.containsKey(tag)) {
          out.add(d.name, at + "/tags", "tag '" + tag + "' is not declared in the top-level tags",
              "add it to tags: with a description");
        }
      }
      String id = o.getOperationId();
      if (blank(id)) {
        out.add(d.name, at, "the operation has no operationId", "add one: lowerCamelCase, a verb first (listClusters)");
      } else if (!LOWER_CAMEL.matcher(id).matches()) {
        out.add(d.name, at + "/operationId", "operationId '" + id + "' is not lowerCamelCase",
            "rename it to match [a-z][A-Za-z0-9]*");
      }
      if (blank(o.getSummary())) {
        out.add(d.name, at, "the operation has no summary", "add a one-line summary");
      }
      if (blank(o.getDescription())) {
        out.add(d.name, at, "the operation has no description", "add a description; it becomes the method's Javadoc");
      }
      if (!blank(o.getSummary()) && !blank(o.getDescription()) && normal(o.getSummary()).equals(normal(o.getDescription()))) {
        out.add(d.name, at + "/description", "the description repeats the summary", "let the description say more");
      }
      Map<String, ApiResponse> responses = o.getResponses() == null ? Map.of() : o.getResponses();
      if (!responses.containsKey("200")) {
        out.add(d.name, at + "/responses", "there is no '200' response", "add the success response as '200'");
      }
      String up = "../".repeat(d.name.split("/").length - 1);
      COMMON_ERRORS.forEach((code, name) -> {
        ApiResponse r = responses.get(code);
        String ref = up + ERRORS_DOCUMENT + "#/components/responses/" + name;
        String mend = "write '" + code + "': {$ref: '" + ref + "'}";
        if (r == null) {
          out.add(d.name, at + "/responses", "the common error response '" + code + "' is missing", mend);
        } else if (r.get$ref() == null
            || !SpecSet.target(d.name, r.get$ref()).equals(new SpecSet.Target(ERRORS_DOCUMENT, "/components/responses/" + name))) {
          out.add(d.name, Pointers.child(at + "/responses", code), "response '" + code + "' is not a $ref to "
              + ERRORS_DOCUMENT + "#/components/responses/" + name, mend);
        }
      });
    }

    private static String normal(String s) {
      return s.trim().replaceAll("[.\\s]+$", "").toLowerCase();
    }
  }

  /** Every {@code $ref} (outside examples) resolves to an existing node of an existing document. */
  static final class References implements LintRule {
    public String name() {
      return "references";
    }

    public void check(SpecSet specs, Findings out) {
      for (SpecDocument d : specs.documents()) {
        RawRefs.each(d.raw, "", (ref, at) -> {
          SpecSet.Target t = SpecSet.target(d.name, ref);
          if (specs.document(t.document()) == null) {
            out.add(d.name, at, "$ref '" + ref + "' names the document " + t.document() + ", which does not exist",
                "correct the relative path (it is relative to this document's folder)");
          } else if (specs.node(t) == null) {
            out.add(d.name, at, "$ref '" + ref + "' points at nothing in " + t.document(),
                "correct the name after '#'");
          }
        });
      }
    }
  }

  /** Walks the {@code $ref}s of a raw tree, skipping examples and vendor extensions. */
  static final class RawRefs {
    interface Sink {
      void ref(String ref, String pointer);
    }

    static void each(JsonNode node, String at, Sink sink) {
      if (node.isObject()) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual()) {
          sink.ref(ref.asText(), at + "/$ref");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          String k = f.getKey();
          if (!k.equals("example") && !k.equals("examples") && !k.startsWith("x-") && !k.equals("$ref")) {
            each(f.getValue(), Pointers.child(at, k), sink);
          }
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          each(node.get(i), at + "/" + i, sink);
        }
      }
    }
  }

  /**
   * Rule 3: every schema under components/schemas is used: reachable, through $refs from any document,
   * from an operation (a parameter, request body or response).
   */
  static final class UnusedSchemas implements LintRule {
    public String name() {
      return "unused-schemas";
    }

    public void check(SpecSet specs, Findings out) {
      Set<SpecSet.Target> seen = new HashSet<>();
      Deque<SpecSet.Target> work = new ArrayDeque<>();
      for (SpecDocument d : specs.documents()) {
        work.add(new SpecSet.Target(d.name, "/paths"));
      }
      while (!work.isEmpty()) {
        SpecSet.Target t = work.pop();
        JsonNode n = specs.node(t);
        if (n == null || !seen.add(t)) {
          continue;
        }
        RawRefs.each(n, t.pointer(), (ref, at) -> work.add(SpecSet.target(t.document(), ref)));
      }
      for (SpecDocument d : specs.documents()) {
        d.raw.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
          String at = Pointers.child("/components/schemas", name);
          if (!seen.contains(new SpecSet.Target(d.name, at))) {
            out.add(d.name, at, "schema '" + name + "' is not used by any operation",
                "reference it from an operation or a used schema, or delete it");
          }
        });
      }
    }
  }

  /**
   * Rule 4: every property (and array items and map values) has a type, a $ref or allOf/oneOf/anyOf, or
   * is an empty schema whose description says it holds any JSON value; every array has items.
   */
  static final class UntypedProperties implements LintRule {
    public String name() {
      return "untyped-properties";
    }

    public void check(SpecSet specs, Findings out) {
      for (SpecDocument d : specs.documents()) {
        SchemaWalker.walk(d, (s, at, role) -> {
          if ("array".equals(s.getType()) && s.getItems() == null) {
            out.add(d.name, at, "array without items", "add items: with the type of the elements");
          }
          if (role == SchemaWalker.Role.MEMBER || typed(s)) {
            return;
          }
          boolean empty = s.getProperties() == null && s.getItems() == null && s.getAdditionalProperties() == null
              && s.getEnum() == null;
          String what = role == SchemaWalker.Role.PROPERTY ? "property" : "schema";
          if (!empty) {
            out.add(d.name, at, what + " has no type", "add the type (type: object for one with properties)");
          } else if (s.getDescription() == null || !ANY_JSON.matcher(s.getDescription()).find()) {
            out.add(d.name, at, what + " has no type", "add a type or $ref; if it deliberately holds any JSON value, "
                + "leave it empty and say 'any JSON value' in its description");
          }
        });
      }
    }

    private static boolean typed(Schema<?> s) {
      return s.getType() != null || s.get$ref() != null || nonEmpty(s.getAllOf()) || nonEmpty(s.getOneOf())
          || nonEmpty(s.getAnyOf());
    }

    private static boolean nonEmpty(List<?> l) {
      return l != null && !l.isEmpty();
    }
  }

  /** Rule 5: every example (media type, schema, parameter) is valid against its schema. */
  static final class Examples implements LintRule {
    public String name() {
      return "examples";
    }

    public void check(SpecSet specs, Findings out) {
      ExampleValidator validator = new ExampleValidator(specs);
      for (SpecDocument d : specs.documents()) {
        SchemaWalker.walk(d,
            (s, at, role) -> example(specs, validator, d, at + "/example", new SpecSet.SchemaAt(d.name, at, s), out),
            (m, at) -> {
              SpecSet.SchemaAt schema = m.getSchema() == null ? null : new SpecSet.SchemaAt(d.name, at + "/schema", m.getSchema());
              example(specs, validator, d, at + "/example", schema, out);
              JsonNode examples = d.at(at + "/examples");
              examples.fieldNames().forEachRemaining(
                  name -> example(specs, validator, d, Pointers.child(at + "/examples", name, "value"), schema, out));
            },
            (p, at) -> example(specs, validator, d, at + "/example",
                p.getSchema() == null ? null : new SpecSet.SchemaAt(d.name, at + "/schema", p.getSchema()), out));
      }
    }

    private static void example(SpecSet specs, ExampleValidator validator, SpecDocument d, String at,
        SpecSet.SchemaAt schema, Findings out) {
      JsonNode value = d.at(at);
      if (value.isMissingNode()) {
        return;
      }
      out.examplesChecked++;
      if (schema == null) {
        out.add(d.name, at, "example without a schema", "add the schema it is an instance of");
        return;
      }
      for (String problem : validator.validate(value, schema)) {
        out.add(d.name, at, problem, "correct the example (or the schema)");
      }
    }
  }

  /**
   * Rule 6: PascalCase schema names, tags that start with an uppercase letter, enums only as named
   * schemas, enum values unique.
   */
  static final class Naming implements LintRule {
    public String name() {
      return "naming";
    }

    public void check(SpecSet specs, Findings out) {
      for (SpecDocument d : specs.documents()) {
        d.raw.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
          if (!PASCAL.matcher(name).matches()) {
            out.add(d.name, Pointers.child("/components/schemas", name), "schema name '" + name + "' is not PascalCase",
                "rename it to match [A-Z][A-Za-z0-9]* and update its $refs");
          }
        });
        JsonNode tags = d.raw.path("tags");
        for (int i = 0; i < tags.size(); i++) {
          tag(d, "/tags/" + i + "/name", tags.get(i).path("name").asText(""), out);
        }
        for (Operations.At op : Operations.of(d)) {
          List<String> opTags = op.operation().getTags() == null ? List.of() : op.operation().getTags();
          for (int i = 0; i < opTags.size(); i++) {
            tag(d, op.pointer() + "/tags/" + i, opTags.get(i), out);
          }
        }
        SchemaWalker.walk(d, (s, at, role) -> {
          if (s.getEnum() == null) {
            return;
          }
          if (role != SchemaWalker.Role.COMPONENT) {
            out.add(d.name, at + "/enum", "inline enum",
                "move it to components/schemas as a named enum and $ref it (allOf: [$ref] to keep a description)");
          }
          Set<String> values = new HashSet<>();
          JsonNode raw = d.at(at + "/enum");
          for (JsonNode v : raw) {
            if (!values.add(v.toString())) {
              out.add(d.name, at + "/enum", "enum value " + v + " is listed twice", "list each value once");
            }
          }
        });
      }
    }

    private static void tag(SpecDocument d, String at, String tag, Findings out) {
      if (tag.isEmpty() || !Character.isUpperCase(tag.charAt(0))) {
        out.add(d.name, at, "tag '" + tag + "' does not start with an uppercase letter",
            "capitalize it; the tag names the Java interface (<Tag>Api)");
      }
    }
  }

  /**
   * Rule 7: the vendor extensions are well-formed, in their place and known, as the generator's registry
   * ({@code dev.brickapi.codegen.ext.VendorExtensions}) decides; and a wait polls an operation of the
   * same service in the same document.
   */
  static final class Extensions implements LintRule {
    public String name() {
      return "extensions";
    }

    private static final ObjectMapper PLAIN = new ObjectMapper();

    public void check(SpecSet specs, Findings out) {
      for (SpecDocument d : specs.documents()) {
        Set<String> operations = new HashSet<>();
        Operations.of(d).forEach(op -> operations.add(op.pointer()));
        Set<String> schemas = new HashSet<>();
        Set<String> parameters = new HashSet<>();
        if (d.api != null) {
          SchemaWalker.walk(d, (s, at, role) -> schemas.add(at), (m, at) -> {}, (x, at) -> parameters.add(at));
        }
        Problems problems = new Problems();
        walk(d, d.raw, "", operations, schemas, parameters, problems);
        for (Problem p : problems.sorted()) {
          out.add(p.file(), p.pointer(), p.message(), p.hint());
        }
        polls(d, out);
      }
    }

    /** Every object node's x-brickapi-* keys, through the registry, with the node's site. */
    private static void walk(SpecDocument d, JsonNode node, String at, Set<String> operations, Set<String> schemas,
        Set<String> parameters, Problems problems) {
      if (node.isObject()) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          String k = f.getKey();
          if (k.startsWith("x-")) {
            extensions.put(k, PLAIN.convertValue(f.getValue(), Object.class));
          } else if (!k.equals("example") && !k.equals("examples")) {
            walk(d, f.getValue(), Pointers.child(at, k), operations, schemas, parameters, problems);
          }
        }
        Site site = at.isEmpty() ? Site.DOCUMENT : operations.contains(at) ? Site.OPERATION
            : schemas.contains(at) ? Site.SCHEMA : parameters.contains(at) ? Site.PARAMETER
            : at.matches("/tags/\\d+") ? Site.TAG : Site.OTHER;
        VendorExtensions.ALL.read(site, extensions, new SourceRef(d.name, at, 0), problems);
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          walk(d, node.get(i), at + "/" + i, operations, schemas, parameters, problems);
        }
      }
    }

    /** The poll operation of a wait is an operation of the same tag in this document. */
    private static void polls(SpecDocument d, Findings out) {
      Map<String, String> tagOf = new LinkedHashMap<>();
      for (Operations.At op : Operations.of(d)) {
        String id = op.operation().getOperationId();
        if (id != null && op.operation().getTags() != null && op.operation().getTags().size() == 1) {
          tagOf.put(id, op.operation().getTags().get(0));
        }
      }
      for (Operations.At op : Operations.of(d)) {
        Map<String, Object> extensions = op.operation().getExtensions();
        Object wait = extensions == null ? null : extensions.get(VendorExtensions.WAIT.key());
        Object poll = wait instanceof Map<?, ?> w ? w.get("poll") : null;
        List<String> tags = op.operation().getTags() == null ? List.of() : op.operation().getTags();
        if (poll instanceof String && !tags.isEmpty() && !tags.get(0).equals(tagOf.get(poll))) {
          out.add(d.name, op.pointer() + "/" + VendorExtensions.WAIT.key() + "/poll", "poll operation '" + poll
              + "' is not an operation of service " + tags.get(0) + " in this document", "name an operationId with the same tag");
        }
      }
    }
  }

  /**
   * Ids, epoch times and sizes are 64-bit: an integer property or parameter named {@code *_at}, {@code *_time},
   * {@code *_timestamp}, {@code *_ms}, {@code *_id} ({@code *_ids}), {@code *_size} or {@code *_bytes} (or a list of them) with
   * {@code format: int32} says why 32 bits are enough with {@code x-brickapi-int32}.
   */
  static final class WideIntegers implements LintRule {
    static final Pattern WIDE_NAME = Pattern.compile(".*_(at|time|timestamp|ms|id|ids|size|bytes)");

    public String name() {
      return "wide-integers";
    }

    public void check(SpecSet specs, Findings out) {
      for (SpecDocument d : specs.documents()) {
        SchemaWalker.walk(d, (s, at, role) -> {
          if (role == SchemaWalker.Role.PROPERTY) {
            String name = Pointers.unescape(at.substring(at.lastIndexOf('/') + 1));
            check(d, name, s, null, at, out);
          }
        }, (m, at) -> {}, (x, at) -> {
          if (x.getName() != null && x.getSchema() != null) {
            check(d, x.getName(), x.getSchema(), x.getExtensions(), at + "/schema", out);
          }
        });
      }
    }

    private static void check(SpecDocument d, String name, Schema<?> s, Map<String, Object> parameterExtensions,
        String at, Findings out) {
      if (!WIDE_NAME.matcher(name).matches()) {
        return;
      }
      Schema<?> integer = "array".equals(s.getType()) && s.getItems() != null ? s.getItems() : s;
      if (!"int32".equals(integer.getFormat())) {
        return;
      }
      String key = VendorExtensions.INT32.key();
      boolean said = has(s, key) || has(integer, key)
          || parameterExtensions != null && parameterExtensions.containsKey(key);
      if (!said) {
        out.add(d.name, at, "'" + name + "' is an int32, but ids, epoch times and sizes of the API pass 2^31",
            "use format: int64, or say why 32 bits are enough with " + key + ": <reason>");
      }
    }

    private static boolean has(Schema<?> s, String key) {
      return s.getExtensions() != null && s.getExtensions().containsKey(key);
    }
  }

  /**
   * A list operation ({@code list...}) answers what it documents: a response described as an array has an array
   * schema, and every list answers an array or an object holding the array of its items.
   */
  static final class ListResponses implements LintRule {
    static final Pattern SAYS_ARRAY = Pattern.compile("(?i)\\b(a|an|bare|JSON) (JSON )?array\\b");

    public String name() {
      return "list-responses";
    }

    public void check(SpecSet specs, Findings out) {
      for (SpecDocument d : specs.documents()) {
        for (Operations.At op : Operations.of(d)) {
          String id = op.operation().getOperationId();
          ApiResponse ok = op.operation().getResponses() == null ? null : op.operation().getResponses().get("200");
          if (id == null || !id.startsWith("list") || ok == null || ok.get$ref() != null) {
            continue;
          }
          String at = op.pointer() + "/responses/200";
          var media = ok.getContent() == null ? null : ok.getContent().get("application/json");
          if (media == null || media.getSchema() == null) {
            out.add(d.name, at, "list operation " + id + " documents no JSON answer",
                "declare the answer: an array of the items, or the object that holds them");
            continue;
          }
          SpecSet.SchemaAt schema = specs.deref(new SpecSet.SchemaAt(d.name, at + "/content/application~1json/schema",
              media.getSchema()));
          if (schema == null) {
            continue;
          }
          boolean array = "array".equals(schema.schema().getType());
          if (!array && ok.getDescription() != null && SAYS_ARRAY.matcher(ok.getDescription()).find()) {
            out.add(d.name, at, "the answer of " + id + " is described as an array but declared as "
                + (schema.schema().getType() == null ? "another schema" : "an " + schema.schema().getType()),
                "declare the schema as type: array with the items, as the API answers");
          } else if (!array && !holdsArray(specs, schema)) {
            out.add(d.name, at, "list operation " + id + " answers neither an array nor an object with an array of its items",
                "declare the answer as the API documents it: type: array, or the object with its items property");
          }
        }
      }
    }

    private static boolean holdsArray(SpecSet specs, SpecSet.SchemaAt object) {
      Map<String, Schema> properties = object.schema().getProperties();
      if (properties == null) {
        return false;
      }
      for (Map.Entry<String, Schema> e : properties.entrySet()) {
        SpecSet.SchemaAt p = specs.deref(new SpecSet.SchemaAt(object.document(), object.pointer(), e.getValue()));
        if (p != null && "array".equals(p.schema().getType())) {
          return true;
        }
      }
      return false;
    }
  }
}
