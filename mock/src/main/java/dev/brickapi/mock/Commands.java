package dev.brickapi.mock;

import static dev.brickapi.mock.Reply.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Command execution 1.2: contexts and commands; a command is Queued, then Running, then Finished with a text
 * result, each state for one poll of its status.
 */
final class Commands implements Fake {

  private final AtomicLong ids;
  private final Map<String, int[]> commands = new LinkedHashMap<>();

  Commands(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "1.2/command-execution.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createContext", r -> Reply.ok(object().put("id", "ctx-" + ids.incrementAndGet())))
        .on("getContextStatus", r -> Reply.ok(object().put("id", r.param("contextId")).put("status", "Running")))
        .on("executeCommand", this::execute)
        .on("getCommandStatus", this::status);
  }

  @Override
  public void reset() {
    commands.clear();
  }

  private Reply execute(FakeRequest r) {
    String id = "cmd-" + ids.incrementAndGet();
    commands.put(id, new int[] {0});
    return Reply.ok(object().put("id", id));
  }

  private Reply status(FakeRequest r) {
    int[] polls = commands.get(r.param("commandId"));
    if (polls == null) {
      return Reply.notFound("Command " + r.param("commandId") + " does not exist");
    }
    polls[0]++;
    ObjectNode out = object().put("id", r.param("commandId"));
    if (polls[0] <= WorkspaceFake.POLLS_PER_STATE) {
      out.put("status", polls[0] == 1 ? "Queued" : "Running");
    } else {
      out.put("status", "Finished");
      out.putObject("results").put("resultType", "text").put("data", "2");
    }
    return Reply.ok(out);
  }
}
