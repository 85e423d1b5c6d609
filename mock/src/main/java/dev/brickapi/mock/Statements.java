package dev.brickapi.mock;

import static dev.brickapi.mock.Reply.object;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * SQL statement execution 2.0: a statement is PENDING, RUNNING, then SUCCEEDED with {@value #ROWS} rows in
 * {@value #CHUNKS} chunks; the first chunk comes with the statement, the others are fetched by index.
 */
final class Statements implements Fake {

  static final int ROWS = 3000;
  static final int CHUNKS = 3;

  private final AtomicLong ids;
  private final Map<String, int[]> statements = new LinkedHashMap<>();

  Statements(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/sql-statements.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("executeStatement", this::execute).on("getStatement", this::get).on("getStatementResultChunk", this::chunk);
  }

  @Override
  public void reset() {
    statements.clear();
  }

  private Reply execute(FakeRequest r) {
    String id = "01ef-" + ids.incrementAndGet();
    statements.put(id, new int[] {0});
    ObjectNode out = object().put("statement_id", id);
    out.putObject("status").put("state", "PENDING");
    return Reply.ok(out);
  }

  private Reply get(FakeRequest r) {
    String id = r.path("statement_id");
    int[] polls = statements.get(id);
    if (polls == null) {
      return Reply.notFound("Statement " + id + " does not exist");
    }
    polls[0]++;
    ObjectNode out = object().put("statement_id", id);
    if (polls[0] <= WorkspaceFake.POLLS_PER_STATE) {
      out.putObject("status").put("state", "RUNNING");
      return Reply.ok(out);
    }
    out.putObject("status").put("state", "SUCCEEDED");
    int perChunk = ROWS / CHUNKS;
    ObjectNode manifest = out.putObject("manifest").put("format", "JSON_ARRAY").put("total_chunk_count", CHUNKS)
        .put("total_row_count", ROWS);
    ObjectNode schema = manifest.putObject("schema").put("column_count", 2);
    schema.putArray("columns").add(object().put("name", "id").put("type_name", "LONG").put("position", 0))
        .add(object().put("name", "name").put("type_name", "STRING").put("position", 1));
    ArrayNode list = manifest.putArray("chunks");
    for (int i = 0; i < CHUNKS; i++) {
      list.add(object().put("chunk_index", i).put("row_offset", i * perChunk).put("row_count", perChunk));
    }
    out.set("result", chunk(id, 0));
    return Reply.ok(out);
  }

  private Reply chunk(FakeRequest r) {
    String id = r.path("statement_id");
    if (!statements.containsKey(id)) {
      return Reply.notFound("Statement " + id + " does not exist");
    }
    int index = Integer.parseInt(r.path("chunk_index"));
    if (index < 0 || index >= CHUNKS) {
      return Reply.notFound("Chunk " + index + " does not exist");
    }
    return Reply.ok(chunk(id, index));
  }

  private static ObjectNode chunk(String id, int index) {
    int perChunk = ROWS / CHUNKS;
    ObjectNode c = object().put("chunk_index", index).put("row_offset", index * perChunk).put("row_count", perChunk);
    ArrayNode data = c.putArray("data_array");
    for (int row = index * perChunk; row < (index + 1) * perChunk; row++) {
      data.addArray().add(String.valueOf(row)).add("row-" + row);
    }
    if (index + 1 < CHUNKS) {
      c.put("next_chunk_index", index + 1)
          .put("next_chunk_internal_link", "/api/2.0/sql/statements/" + id + "/result/chunks/" + (index + 1));
    }
    return c;
  }
}
