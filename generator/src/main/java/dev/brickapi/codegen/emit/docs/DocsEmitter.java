package dev.brickapi.codegen.emit.docs;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.brickapi.codegen.model.ApiModel;
import dev.brickapi.codegen.model.Body;
import dev.brickapi.codegen.model.DocumentInfo;
import dev.brickapi.codegen.model.EnumType;
import dev.brickapi.codegen.model.IndexPagination;
import dev.brickapi.codegen.model.NextRequestPagination;
import dev.brickapi.codegen.model.OffsetPagination;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.PagePagination;
import dev.brickapi.codegen.model.Pagination;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.model.TokenPagination;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.UnionType;
import dev.brickapi.codegen.naming.WaitMethodNames;
import dev.brickapi.codegen.write.GeneratedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the Markdown API reference: one page per document and an index, from logic-free templates. */
public final class DocsEmitter {

  private static final DefaultMustacheFactory TEMPLATES = new DefaultMustacheFactory("dev/brickapi/codegen/docs") {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  private final ApiModel model;

  public DocsEmitter(ApiModel model) {
    this.model = model;
  }

  public record ParamView(String name, String in, String type, boolean required, String description) {}

  public record BodyView(String media, String type) {}

  public record OperationView(String javaName, String anchor, String method, String path, String summary, String description,
      boolean deprecated, boolean hasParameters, List<ParamView> parameters, BodyView request, BodyView response,
      String paging, String waiting) {}

  public record ServiceView(String javaName, String description, List<OperationView> operations) {}

  public record PropertyView(String json, String type, boolean required, String description, String flags) {}

  public record TypeView(String name, String kind, String description, boolean hasProperties, List<PropertyView> properties,
      boolean hasValues, String values) {}

  public record DocumentView(String source, String title, String version, String description, String javaPackage,
      boolean account, List<ServiceView> services, boolean hasTypes, List<TypeView> types) {}

  public record IndexEntry(String source, String file, String title, String javaPackage, int services, int operations, int types) {}

  public record IndexView(int documentCount, int serviceCount, int operationCount, int typeCount, List<IndexEntry> documents) {}

  public List<GeneratedFile> emit() {
    List<GeneratedFile> files = new ArrayList<>();
    List<IndexEntry> entries = new ArrayList<>();
    int typeTotal = 0;
    for (DocumentInfo doc : model.documents()) {
      if (!doc.selected()) {
        continue;
      }
      List<ServiceView> services = new ArrayList<>();
      int ops = 0;
      for (Service s : model.services()) {
        if (s.document().name().equals(doc.name())) {
          services.add(service(s));
          ops += s.operations().size();
        }
      }
      List<TypeView> types = new ArrayList<>();
      for (TypeDef def : model.types().values()) {
        // A request object of parameters alone is the Java client's, not a JSON type of the API.
        boolean parametersOnly = def instanceof RecordType r && r.parametersOnly();
        if (def.location().document().equals(doc.name()) && !parametersOnly) {
          types.add(type(def));
        }
      }
      typeTotal += types.size();
      String file = pageOf(doc.name());
      DocumentView view = new DocumentView(doc.name(), doc.title(), doc.version(), doc.description(), doc.javaPackage(),
          doc.account(), services, !types.isEmpty(), types);
      files.add(new GeneratedFile(GeneratedFile.DOCS + file, render("document.md.mustache", view), doc.name()));
      entries.add(new IndexEntry(doc.name(), file, doc.title(), doc.javaPackage(), services.size(), ops, types.size()));
    }
    IndexView index = new IndexView(entries.size(), model.services().size(), model.operationCount(), typeTotal, entries);
    files.add(new GeneratedFile(GeneratedFile.DOCS + "index.md", render("index.md.mustache", index), ""));
    return files;
  }

  static String pageOf(String documentName) {
    String base = documentName.replaceAll("\\.(ya?ml|json)$", "");
    return base.replaceAll("[^A-Za-z0-9._-]", "_") + ".md";
  }

  private String render(String template, Object view) {
    Mustache mustache = TEMPLATES.compile(template);
    StringWriter out = new StringWriter();
    mustache.execute(out, view);
    return out.toString();
  }

  private ServiceView service(Service s) {
    List<OperationView> ops = new ArrayList<>();
    for (Operation op : s.operations()) {
      List<ParamView> params = new ArrayList<>();
      for (Parameter p : op.parameters()) {
        params.add(new ParamView(p.name(), p.in().name().toLowerCase(Locale.ROOT), typeText(p.type()), p.required(), cell(p.description())));
      }
      ops.add(new OperationView(op.javaName(), op.javaName().toLowerCase(Locale.ROOT), op.method(), op.path(), cell(op.summary()),
          op.description(), op.deprecated(), !params.isEmpty(), params, body(op.request()), body(op.response()),
          op.pagination() == null ? null : paging(op.pagination()),
          op.waitFor() == null ? null : op.waitFor().match(w -> "polls `" + w.poll() + "` until `" + String.join(".", w.statePath())
              + "` is " + String.join(" or ", w.target())
              + (w.failure().isEmpty() ? "" : "; fails on " + String.join(", ", w.failure()))
              + "; `" + WaitMethodNames.existing(pollName(s, w.poll()), w.target()) + "(...)` waits so for an existing one")));
    }
    return new ServiceView(s.name().simpleName(), s.description(), ops);
  }

  private static String pollName(Service s, String operationId) {
    return s.operations().stream().filter(o -> o.operationId().equals(operationId)).findFirst().orElseThrow().javaName();
  }

  private static String paging(Pagination p) {
    String items = ", items in `" + p.items() + "`";
    return p.match(new Pagination.Cases<String>() {
      public String token(TokenPagination t) {
        return "token paging: `" + t.requestToken() + "` from `" + t.responseToken() + "`" + items;
      }

      public String offset(OffsetPagination o) {
        return "offset paging on `" + o.offset() + "`" + items;
      }

      public String index(IndexPagination i) {
        return "1-based index paging on `" + i.index() + "`" + items;
      }

      public String page(PagePagination g) {
        return "page-number paging on `" + g.page() + "`" + items;
      }

      public String nextRequest(NextRequestPagination n) {
        return "the next request is `" + n.nextRequest() + "`" + items;
      }
    });
  }

  private BodyView body(Body b) {
    return b == null ? null : new BodyView(b.contentType(), typeText(b.type()));
  }

  private TypeView type(TypeDef def) {
    String name = def.name().simpleName();
    if (def instanceof RecordType r) {
      List<PropertyView> props = new ArrayList<>();
      for (Property p : r.properties()) {
        if (r.isInput(p)) {
          continue;
        }
        List<String> flags = new ArrayList<>();
        if (p.nullable()) {
          flags.add("nullable");
        }
        if (p.readOnly()) {
          flags.add("read-only");
        }
        if (p.writeOnly()) {
          flags.add("write-only");
        }
        if (p.deprecated()) {
          flags.add("deprecated");
        }
        if (p.sensitive()) {
          flags.add("sensitive");
        }
        if (p.defaultValue() != null) {
          flags.add("default " + p.defaultValue());
        }
        props.add(new PropertyView(p.jsonName(), typeText(p.type()), p.required(), cell(p.description()),
            flags.isEmpty() ? null : String.join(", ", flags)));
      }
      return new TypeView(name, "Object", cell(def.description()), !props.isEmpty(), props, false, null);
    }
    if (def instanceof EnumType e) {
      List<String> values = new ArrayList<>();
      e.constants().forEach(c -> values.add("`" + c.value() + "`"));
      return new TypeView(name, e.integer() ? "Integer enum" : "Enum", cell(def.description()), false, List.of(),
          true, String.join(", ", values));
    }
    UnionType u = (UnionType) def;
    List<String> variants = new ArrayList<>();
    u.variants().forEach(v -> variants.add(typeText(v.type()) + (v.tag() == null ? "" : " (`" + v.tag() + "`)")));
    return new TypeView(name, u.discriminator() == null ? "One of" : "One of, by `" + u.discriminator() + "`",
        cell(def.description()), false, List.of(), true, String.join(", ", variants));
  }

  private String typeText(TypeRef t) {
    if (t instanceof TypeRef.Primitive p) {
      return switch (p.kind()) {
        case STRING -> "string";
        case INT32 -> "int32";
        case INT64 -> "int64";
        case FLOAT -> "float";
        case DOUBLE -> "double";
        case DECIMAL -> "decimal";
        case BOOLEAN -> "boolean";
        case DATE_TIME -> "date-time";
        case DATE -> "date";
        case BYTES -> "base64 bytes";
        case BINARY, STREAM -> "binary";
      };
    }
    if (t instanceof TypeRef.ListOf l) {
      return "array of " + typeText(l.items());
    }
    if (t instanceof TypeRef.MapOf m) {
      return "map of " + typeText(m.values());
    }
    if (t instanceof TypeRef.Named n) {
      TypeDef def = model.type(n.id());
      String page = pageOf(def.location().document());
      return "[" + def.name().simpleName() + "](" + page + "#" + def.name().simpleName().toLowerCase(Locale.ROOT) + ")";
    }
    if (t instanceof TypeRef.FreeObject) {
      return "object";
    }
    return "any";
  }

  /** Text fit for a Markdown table cell: one line, pipes escaped. */
  private static String cell(String s) {
    if (s == null) {
      return "";
    }
    return s.strip().replace("\r", "").replace("\n", " ").replace("|", "\\|");
  }
}
