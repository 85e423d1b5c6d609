package dev.brickapi.mock;

import static dev.brickapi.mock.Reply.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unity Catalog 2.1 catalogs and schemas: create, get, list (schemas by catalog), update (rename included),
 * delete. A new catalog holds the schemas {@code default} and {@code information_schema}, as on a real
 * metastore; a catalog or schema that holds more is deleted only with {@code force}, which removes what it holds.
 * A schema in a catalog that does not exist is 404. Lists page by {@code page_token} and end with a page without
 * one. The tables and volumes inside a schema are {@link UnityCatalogTables}'s.
 */
final class UnityCatalog implements Fake {

  /** The metastore every object belongs to. */
  static final String METASTORE_ID = "11111111-2222-3333-4444-555555555555";
  /** The owner and creator of what the mock's user creates. */
  static final String USER = "mock.user@example.com";
  /** Items per page when the caller leaves {@code max_results} out or 0. */
  static final int PAGE_SIZE = 50;
  private static final List<String> BUILT_IN_SCHEMAS = List.of("default", "information_schema");
  private static final Set<String> SERVER_OWNED = Set.of("name", "full_name", "catalog_name", "metastore_id",
      "created_at", "created_by", "new_name");

  /** What a schema holds beyond this family: the tables and volumes of {@link UnityCatalogTables}. */
  interface Contents {
    /** What schema {@code fullName} holds, as an error message names it ({@code "1 tables(s), 0 volumes(s)"}), or null. */
    String held(String fullName);

    /** Removes everything schema {@code fullName} holds. */
    void drop(String fullName);

    /** Moves what schema {@code from} holds into schema {@code to} (a rename of the schema or its catalog). */
    void move(String from, String to);
  }

  private final AtomicLong ids;
  private final Store catalogs = new Store("Catalog");
  private final Store schemas = new Store("Schema");
  private Contents contents;

  UnityCatalog(AtomicLong ids) {
    this.ids = ids;
  }

  /** Called once by the family that keeps what schemas hold. */
  void contents(Contents contents) {
    this.contents = contents;
  }

  @Override
  public String document() {
    return "2.1/unity-catalog-catalogs.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createCatalog", this::createCatalog)
        .on("getCatalog", r -> catalogs.answer(r.path("name")))
        .on("listCatalogs", r -> Store.page(r, catalogs.all(), "catalogs", "max_results", PAGE_SIZE))
        .on("updateCatalog", this::updateCatalog)
        .on("deleteCatalog", this::deleteCatalog)
        .on("createSchema", this::createSchema)
        .on("getSchema", r -> schemas.answer(r.path("full_name")))
        .on("listSchemas", this::listSchemas)
        .on("updateSchema", this::updateSchema)
        .on("deleteSchema", this::deleteSchema);
  }

  @Override
  public void reset() {
    catalogs.clear();
    schemas.clear();
  }

  /** The schema {@code catalog.schema}, or null. */
  ObjectNode schema(String catalog, String schema) {
    return schemas.find(catalog + "." + schema);
  }

  /** 404 naming the first of catalog and schema that does not exist, or null when both do. */
  Reply missingParent(String catalog, String schema) {
    if (!catalogs.contains(catalog)) {
      return catalogs.missing("'" + catalog + "'");
    }
    return schemas.contains(catalog + "." + schema) ? null : schemas.missing("'" + catalog + "." + schema + "'");
  }

  /** A new object's own fields: owner, metastore, times and principals. */
  static ObjectNode stamped(ObjectNode item) {
    long now = System.currentTimeMillis();
    return item.put("owner", USER).put("metastore_id", METASTORE_ID).put("created_at", now)
        .put("created_by", USER).put("updated_at", now).put("updated_by", USER);
  }

  /** Applies an update's fields other than the name, and marks who changed it when. */
  static void changed(ObjectNode item, ObjectNode changes) {
    Store.merge(item, changes, SERVER_OWNED);
    item.put("updated_at", System.currentTimeMillis()).put("updated_by", USER);
  }

  /** 400 when {@code name} is missing or holds a dot, else null. */
  static Reply badName(String name, String what) {
    if (name == null || name.isEmpty()) {
      return Reply.invalid("The " + what + " name is required.");
    }
    return name.contains(".") ? Reply.invalid("The " + what + " name '" + name + "' must not contain a dot.") : null;
  }

  /** A new id in the API's UUID form. */
  static String uuid(AtomicLong ids) {
    return UUID.nameUUIDFromBytes(String.valueOf(ids.incrementAndGet()).getBytes(StandardCharsets.UTF_8)).toString();
  }

  static Reply exists(String what, String fullName) {
    return Reply.error(400, "RESOURCE_ALREADY_EXISTS", what + " '" + fullName + "' already exists.");
  }

  private Reply createCatalog(FakeRequest r) {
    String name = r.text("name");
    Reply bad = badName(name, "catalog");
    if (bad != null) {
      return bad;
    }
    if (catalogs.contains(name)) {
      return exists("Catalog", name);
    }
    ObjectNode catalog = stamped(object().put("name", name).put("full_name", name)
        .put("catalog_type", "MANAGED_CATALOG").put("isolation_mode", "OPEN").put("securable_type", "CATALOG")
        .put("storage_root", "s3://mock-uc-managed/" + name).put("enable_predictive_optimization", "INHERIT"));
    Store.merge(catalog, r.body, SERVER_OWNED);
    catalogs.put(name, catalog);
    for (String schema : BUILT_IN_SCHEMAS) {
      putSchema(name, schema, object());
    }
    return Reply.ok(catalog.deepCopy());
  }

  private ObjectNode putSchema(String catalog, String name, ObjectNode request) {
    ObjectNode schema = stamped(object().put("name", name).put("catalog_name", catalog)
        .put("full_name", catalog + "." + name).put("catalog_type", "MANAGED_CATALOG")
        .put("schema_id", uuid(ids)));
    Store.merge(schema, request, SERVER_OWNED);
    return schemas.put(catalog + "." + name, schema);
  }

  private Reply updateCatalog(FakeRequest r) {
    String name = r.path("name");
    ObjectNode catalog = catalogs.find(name);
    if (catalog == null) {
      return catalogs.missing("'" + name + "'");
    }
    String to = r.text("new_name");
    if (to != null && !to.equals(name)) {
      Reply bad = badName(to, "catalog");
      if (bad != null) {
        return bad;
      }
      if (catalogs.contains(to)) {
        return exists("Catalog", to);
      }
      catalogs.delete(name);
      catalogs.put(to, catalog.put("name", to).put("full_name", to));
      for (ObjectNode schema : schemasOf(name)) {
        String from = schema.get("full_name").asText();
        schemas.delete(from);
        String moved = to + "." + schema.get("name").asText();
        schemas.put(moved, schema.put("catalog_name", to).put("full_name", moved));
        contents.move(from, moved);
      }
    }
    changed(catalog, (ObjectNode) r.body);
    return Reply.ok(catalog.deepCopy());
  }

  private Reply deleteCatalog(FakeRequest r) {
    String name = r.path("name");
    if (!catalogs.contains(name)) {
      return catalogs.missing("'" + name + "'");
    }
    List<ObjectNode> own = schemasOf(name);
    long created = own.stream().filter(s -> !BUILT_IN_SCHEMAS.contains(s.get("name").asText())).count();
    String held = own.stream().map(s -> contents.held(s.get("full_name").asText()))
        .filter(Objects::nonNull).findFirst().orElse(null);
    if ((created > 0 || held != null) && !"true".equals(r.param("force"))) {
      return Reply.error(400, "INVALID_STATE", "Catalog '" + name + "' is not empty. The catalog has " + created
          + " schema(s) (excluding the default and information_schema)"
          + (held == null ? "" : ", and a schema holds " + held) + "; delete them first, or pass force=true.");
    }
    own.forEach(s -> drop(s.get("full_name").asText()));
    return catalogs.delete(name);
  }

  private void drop(String fullName) {
    contents.drop(fullName);
    schemas.delete(fullName);
  }

  private List<ObjectNode> schemasOf(String catalog) {
    return schemas.where(s -> catalog.equals(s.get("catalog_name").asText()));
  }

  private Reply createSchema(FakeRequest r) {
    String catalog = r.text("catalog_name");
    String name = r.text("name");
    Reply bad = badName(name, "schema");
    if (bad != null) {
      return bad;
    }
    if (!catalogs.contains(catalog)) {
      return catalogs.missing("'" + catalog + "'");
    }
    if (schemas.contains(catalog + "." + name)) {
      return exists("Schema", catalog + "." + name);
    }
    return Reply.ok(putSchema(catalog, name, (ObjectNode) r.body).deepCopy());
  }

  private Reply listSchemas(FakeRequest r) {
    String catalog = r.param("catalog_name");
    if (!catalogs.contains(catalog)) {
      return catalogs.missing("'" + catalog + "'");
    }
    return Store.page(r, schemasOf(catalog), "schemas", "max_results", PAGE_SIZE);
  }

  private Reply updateSchema(FakeRequest r) {
    String fullName = r.path("full_name");
    ObjectNode schema = schemas.find(fullName);
    if (schema == null) {
      return schemas.missing("'" + fullName + "'");
    }
    String to = r.text("new_name");
    if (to != null && !to.equals(schema.get("name").asText())) {
      Reply bad = badName(to, "schema");
      if (bad != null) {
        return bad;
      }
      String moved = schema.get("catalog_name").asText() + "." + to;
      if (schemas.contains(moved)) {
        return exists("Schema", moved);
      }
      schemas.delete(fullName);
      schemas.put(moved, schema.put("name", to).put("full_name", moved));
      contents.move(fullName, moved);
    }
    changed(schema, (ObjectNode) r.body);
    return Reply.ok(schema.deepCopy());
  }

  private Reply deleteSchema(FakeRequest r) {
    String fullName = r.path("full_name");
    if (!schemas.contains(fullName)) {
      return schemas.missing("'" + fullName + "'");
    }
    String held = contents.held(fullName);
    if (held != null && !"true".equals(r.param("force"))) {
      return Reply.error(400, "INVALID_STATE", "Schema '" + fullName + "' is not empty. The schema has " + held
          + "; delete them first, or pass force=true.");
    }
    drop(fullName);
    return Reply.empty();
  }
}
