package dev.brickapi.it.sdk;

import static dev.brickapi.it.sdk.Family.need;
import static dev.brickapi.it.sdk.Sdk.WAIT;
import static dev.brickapi.it.sdk.Sdk.check;
import static dev.brickapi.it.sdk.Sdk.drain;
import static dev.brickapi.it.sdk.Sdk.same;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.sql.AlertCondition;
import com.databricks.sdk.service.sql.AlertConditionOperand;
import com.databricks.sdk.service.sql.AlertConditionThreshold;
import com.databricks.sdk.service.sql.AlertOperandColumn;
import com.databricks.sdk.service.sql.AlertOperandValue;
import com.databricks.sdk.service.sql.AlertOperator;
import com.databricks.sdk.service.sql.CreateAlertRequest;
import com.databricks.sdk.service.sql.CreateAlertRequestAlert;
import com.databricks.sdk.service.sql.CreateQueryRequest;
import com.databricks.sdk.service.sql.CreateQueryRequestQuery;
import com.databricks.sdk.service.sql.CreateWarehouseRequest;
import com.databricks.sdk.service.sql.Disposition;
import com.databricks.sdk.service.sql.ExecuteStatementRequest;
import com.databricks.sdk.service.sql.ListAlertsRequest;
import com.databricks.sdk.service.sql.ListQueriesRequest;
import com.databricks.sdk.service.sql.ListWarehousesRequest;
import com.databricks.sdk.service.sql.State;
import com.databricks.sdk.service.sql.StatementResponse;
import com.databricks.sdk.service.sql.StatementState;
import java.util.EnumSet;
import java.util.Set;

/** SQL warehouses, statement execution, queries and alerts. */
final class SqlFamilies {

  private static final Set<StatementState> LIVE =
      EnumSet.of(StatementState.PENDING, StatementState.RUNNING, StatementState.SUCCEEDED);

  private SqlFamilies() {}

  static Family sql(WorkspaceClient w) {
    var s = new Object() {
      String warehouse;
      String statement;
      String query;
      String alert;
    };
    return new Family("sql")
        .step("warehouse create and wait for RUNNING", () -> {
          var wh = w.warehouses().create(new CreateWarehouseRequest().setName("sdk-warehouse")
              .setClusterSize("2X-Small").setMaxNumClusters(1L).setAutoStopMins(10L)).get(WAIT);
          s.warehouse = wh.getId();
          same(State.RUNNING, wh.getState(), "state after the waiter");
        })
        .step("warehouse get", () -> same("sdk-warehouse", w.warehouses().get(need(s.warehouse, "warehouse create"))
            .getName(), "name"))
        .step("warehouses list to the end", () -> check(drain(w.warehouses().list(new ListWarehousesRequest()))
            .stream().anyMatch(e -> need(s.warehouse, "warehouse create").equals(e.getId())), "not listed"))
        .step("statement execute", () -> {
          StatementResponse r = w.statementExecution().executeStatement(new ExecuteStatementRequest()
              .setWarehouseId(need(s.warehouse, "warehouse create")).setStatement("SELECT id FROM range(3)")
              .setWaitTimeout("10s").setDisposition(Disposition.INLINE));
          s.statement = r.getStatementId();
          check(r.getStatus() != null && LIVE.contains(r.getStatus().getState()), "status " + r.getStatus());
        })
        .step("statement get until SUCCEEDED", () -> {
          StatementResponse r = w.statementExecution().getStatement(need(s.statement, "statement execute"));
          for (int poll = 0; r.getStatus().getState() != StatementState.SUCCEEDED && poll < 20; poll++) {
            check(LIVE.contains(r.getStatus().getState()), "status " + r.getStatus());
            Thread.sleep(200);
            r = w.statementExecution().getStatement(s.statement);
          }
          same(StatementState.SUCCEEDED, r.getStatus().getState(), "status.state after 20 polls");
          check(r.getManifest() != null && r.getManifest().getTotalChunkCount() != null, "no manifest");
        })
        .step("statement result chunks to the last", () -> {
          StatementResponse r = w.statementExecution().getStatement(need(s.statement, "statement execute"));
          long chunks = r.getManifest().getTotalChunkCount();
          Long next = 0L;
          int read = 0;
          while (next != null) {
            var chunk = w.statementExecution().getStatementResultChunkN(s.statement, next);
            same(next, chunk.getChunkIndex(), "chunk_index");
            next = chunk.getNextChunkIndex();
            check(++read <= chunks, "more chunks than total_chunk_count " + chunks);
          }
          same(chunks, (long) read, "chunks read");
        })
        .step("query create", () -> s.query = w.queries().create(new CreateQueryRequest().setQuery(
            new CreateQueryRequestQuery().setDisplayName("sdk-query").setQueryText("SELECT 1 AS x")
                .setWarehouseId(need(s.warehouse, "warehouse create")))).getId())
        .step("query get", () -> {
          var q = w.queries().get(need(s.query, "query create"));
          same("sdk-query", q.getDisplayName(), "display_name");
          same("SELECT 1 AS x", q.getQueryText(), "query_text");
        })
        .step("queries list to the end", () -> check(drain(w.queries().list(new ListQueriesRequest())).stream()
            .anyMatch(q -> need(s.query, "query create").equals(q.getId())), "the new query is not listed"))
        .step("alert create", () -> s.alert = w.alerts().create(new CreateAlertRequest().setAlert(
            new CreateAlertRequestAlert().setDisplayName("sdk-alert").setQueryId(need(s.query, "query create"))
                .setCondition(new AlertCondition().setOp(AlertOperator.GREATER_THAN)
                    .setOperand(new AlertConditionOperand().setColumn(new AlertOperandColumn().setName("x")))
                    .setThreshold(new AlertConditionThreshold()
                        .setValue(new AlertOperandValue().setDoubleValue(0.0))))))
            .getId())
        .step("alert get", () -> {
          var a = w.alerts().get(need(s.alert, "alert create"));
          same("sdk-alert", a.getDisplayName(), "display_name");
          same(s.query, a.getQueryId(), "query_id");
        })
        .step("alerts list to the end", () -> check(drain(w.alerts().list(new ListAlertsRequest())).stream()
            .anyMatch(a -> need(s.alert, "alert create").equals(a.getId())), "the new alert is not listed"))
        .step("alert, query and warehouse delete", () -> {
          w.alerts().delete(need(s.alert, "alert create"));
          w.queries().delete(need(s.query, "query create"));
          w.warehouses().delete(need(s.warehouse, "warehouse create"));
          check(drain(w.warehouses().list(new ListWarehousesRequest())).stream()
              .noneMatch(e -> s.warehouse.equals(e.getId()) && e.getState() != State.DELETED),
              "the deleted warehouse is still listed as live");
        });
  }
}
