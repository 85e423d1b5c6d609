package dev.brickapi.mock;

import static dev.brickapi.mock.Reply.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unity Catalog 2.1 tables and volumes of the schemas {@link UnityCatalog} keeps: create, get by full name
 * ({@code catalog.schema.name}), exists, list by schema, update, delete. A volume keeps the type it was created
 * with; an EXTERNAL one needs a storage location, a MANAGED one gets one under its schema. Creating in a catalog
 * or schema that does not exist is 404; lists page by {@code page_token} and end with a page without one.
 */
final class UnityCatalogTables implements Fake, UnityCatalog.Contents {

  private static final Set<String> SERVER_OWNED = Set.of("name", "full_name", "catalog_name", "schema_name",
      "metastore_id", "created_at", "created_by", "new_name", "volume_type", "volume_id", "table_id",
      "storage_location");

  private final AtomicLong ids;
  private final UnityCatalog catalog;
  private final Store tables = new Store("Table");
  private final Store volumes = new Store("Volume");

  UnityCatalogTables(AtomicLong ids, UnityCatalog catalog) {
    this.ids = ids;
    this.catalog = catalog;
    catalog.contents(this);
  }

  @Override
  public String document() {
    return "2.1/unity-catalog-tables.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createTable", this::createTable)
        .on("getTable", r -> tables.answer(r.path("full_name")))
        .on("tableExists", r -> Reply.ok(object().put("table_exists", tables.contains(r.path("full_name")))))
        .on("listTables", r -> list(r, tables, "tables"))
        .on("updateTable", this::updateTable)
        .on("deleteTable", r -> tables.delete(r.path("full_name")))
        .on("createVolume", this::createVolume)
        .on("readVolume", r -> volumes.answer(r.path("name")))
        .on("listVolumes", r -> list(r, volumes, "volumes"))
        .on("updateVolume", this::updateVolume)
        .on("deleteVolume", r -> volumes.delete(r.path("name")));
  }

  @Override
  public void reset() {
    tables.clear();
    volumes.clear();
  }

  @Override
  public String held(String schema) {
    long t = in(tables, schema).size();
    long v = in(volumes, schema).size();
    return t + v == 0 ? null : t + " tables(s), " + v + " volumes(s)";
  }

  @Override
  public void drop(String schema) {
    in(tables, schema).forEach(t -> tables.delete(t.get("full_name").asText()));
    in(volumes, schema).forEach(v -> volumes.delete(v.get("full_name").asText()));
  }

  @Override
  public void move(String from, String to) {
    String[] parent = to.split("\\.", 2);
    for (Store store : List.of(tables, volumes)) {
      for (ObjectNode item : in(store, from)) {
        store.delete(item.get("full_name").asText());
        String moved = to + "." + item.get("name").asText();
        store.put(moved, item.put("catalog_name", parent[0]).put("schema_name", parent[1]).put("full_name", moved));
      }
    }
  }

  private static List<ObjectNode> in(Store store, String schema) {
    return store.where(item -> schema.equals(item.get("catalog_name").asText() + "." + item.get("schema_name").asText()));
  }

  private Reply list(FakeRequest r, Store store, String field) {
    Reply missing = catalog.missingParent(r.param("catalog_name"), r.param("schema_name"));
    if (missing != null) {
      return missing;
    }
    return Store.page(r, in(store, r.param("catalog_name") + "." + r.param("schema_name")), field, "max_results",
        UnityCatalog.PAGE_SIZE);
  }

  /** The new object of {@code store} named in the request, or the error that stops its creation. */
  private Object created(FakeRequest r, Store store, String what) {
    String catalogName = r.text("catalog_name");
    String schemaName = r.text("schema_name");
    String name = r.text("name");
    Reply bad = UnityCatalog.badName(name, what);
    if (bad == null) {
      bad = catalog.missingParent(catalogName, schemaName);
    }
    String fullName = catalogName + "." + schemaName + "." + name;
    if (bad == null && store.contains(fullName)) {
      bad = UnityCatalog.exists(Character.toUpperCase(what.charAt(0)) + what.substring(1), fullName);
    }
    if (bad != null) {
      return bad;
    }
    ObjectNode item = UnityCatalog.stamped(object().put("name", name).put("catalog_name", catalogName)
        .put("schema_name", schemaName).put("full_name", fullName));
    Store.merge(item, r.body, Set.of());
    return item;
  }

  private String managedLocation(ObjectNode item, String kind, String id) {
    ObjectNode schema = catalog.schema(item.get("catalog_name").asText(), item.get("schema_name").asText());
    return "s3://mock-uc-managed/" + schema.get("catalog_name").asText() + "/__unitystorage/schemas/"
        + schema.get("schema_id").asText() + "/" + kind + "/" + id;
  }

  private Reply createTable(FakeRequest r) {
    Object made = created(r, tables, "table");
    if (made instanceof Reply) {
      return (Reply) made;
    }
    ObjectNode table = (ObjectNode) made;
    String id = UnityCatalog.uuid(ids);
    table.put("table_id", id);
    if ("EXTERNAL".equals(r.text("table_type")) && r.text("storage_location") == null) {
      return Reply.invalid("An EXTERNAL table needs a storage_location.");
    }
    if (!table.has("storage_location")) {
      table.put("storage_location", managedLocation(table, "tables", id));
    }
    tables.put(table.get("full_name").asText(), table);
    return Reply.ok(table.deepCopy());
  }

  private Reply updateTable(FakeRequest r) {
    ObjectNode table = tables.find(r.path("full_name"));
    if (table == null) {
      return tables.missing(r.path("full_name"));
    }
    UnityCatalog.changed(table, (ObjectNode) r.body);
    return Reply.empty();
  }

  private Reply createVolume(FakeRequest r) {
    String type = r.text("volume_type");
    if (!"MANAGED".equals(type) && !"EXTERNAL".equals(type)) {
      return Reply.invalid("volume_type must be MANAGED or EXTERNAL, not " + type + ".");
    }
    if ("EXTERNAL".equals(type) && r.text("storage_location") == null) {
      return Reply.invalid("An EXTERNAL volume needs a storage_location.");
    }
    if ("MANAGED".equals(type) && r.text("storage_location") != null) {
      return Reply.invalid("A MANAGED volume takes no storage_location; its storage is under its schema's.");
    }
    Object made = created(r, volumes, "volume");
    if (made instanceof Reply) {
      return (Reply) made;
    }
    ObjectNode volume = (ObjectNode) made;
    String id = UnityCatalog.uuid(ids);
    volume.put("volume_id", id);
    if (!volume.has("storage_location")) {
      volume.put("storage_location", managedLocation(volume, "volumes", id));
    }
    volumes.put(volume.get("full_name").asText(), volume);
    return Reply.ok(volume.deepCopy());
  }

  private Reply updateVolume(FakeRequest r) {
    String fullName = r.path("name");
    ObjectNode volume = volumes.find(fullName);
    if (volume == null) {
      return volumes.missing(fullName);
    }
    String to = r.text("new_name");
    if (to != null && !to.equals(volume.get("name").asText())) {
      Reply bad = UnityCatalog.badName(to, "volume");
      if (bad != null) {
        return bad;
      }
      String moved = volume.get("catalog_name").asText() + "." + volume.get("schema_name").asText() + "." + to;
      if (volumes.contains(moved)) {
        return UnityCatalog.exists("Volume", moved);
      }
      volumes.delete(fullName);
      volumes.put(moved, volume.put("name", to).put("full_name", moved));
    }
    UnityCatalog.changed(volume, (ObjectNode) r.body);
    return Reply.ok(volume.deepCopy());
  }
}
