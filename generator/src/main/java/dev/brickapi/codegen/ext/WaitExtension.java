package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.PollingWait;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.Wait;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import dev.brickapi.codegen.naming.WaitMethodNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code x-brickapi-wait} on an operation: which operation of the same service to poll, how its inputs
 * are bound, where the state is and which states end the wait. The generator adds waiting methods.
 */
public final class WaitExtension implements ExtensionDefinition<Wait> {

  private static final List<String> KEYS = List.of("poll", "bind", "state", "target", "failure", "message");
  private static final Pattern BINDING = Pattern.compile("(request|response)\\.[A-Za-z0-9_.]+");

  WaitExtension() {}

  @Override
  public String key() {
    return "x-brickapi-wait";
  }

  @Override
  public Set<Site> sites() {
    return Set.of(Site.OPERATION);
  }

  @Override
  public Optional<Wait> parse(Object raw, SourceRef at, Problems problems) {
    if (!(raw instanceof Map<?, ?> map)) {
      problems.error(at, key() + " must be an object", "write poll:, bind:, state: and target: (specs/README.md)");
      return Optional.empty();
    }
    boolean ok = true;
    for (Object k : map.keySet()) {
      if (!KEYS.contains(String.valueOf(k))) {
        problems.error(at.child(String.valueOf(k)), "unknown key '" + k + "' in " + key(), "the keys are " + String.join(", ", KEYS));
        ok = false;
      }
    }
    String poll = RawReader.text(map, "poll", at, problems, "name the operationId that reads the state");
    if (poll == null && !map.containsKey("poll")) {
      problems.error(at, key() + " has no poll", "name the operationId that reads the state");
    }
    String state = RawReader.text(map, "state", at, problems, "name the dotted path of the state in the poll response");
    if (state == null && !map.containsKey("state")) {
      problems.error(at, key() + " has no state", "name the dotted path of the state in the poll response");
    }
    String message = RawReader.text(map, "message", at, problems, "name the dotted path of a status message");
    List<String> target = states(map, "target", at, problems);
    if (!map.containsKey("target")) {
      problems.error(at, key() + " has no target", "list the state values that end the wait, e.g. target: [RUNNING]");
    }
    List<String> failure = map.containsKey("failure") ? states(map, "failure", at, problems) : List.of();
    List<PollingWait.Binding> bindings = bindings(map.get("bind"), at.child("bind"), problems);
    ok &= poll != null && state != null && target != null && failure != null && bindings != null
        && (message != null || !map.containsKey("message"));
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new PollingWait(poll, bindings, List.of(state.split("\\.")), target, failure,
        message == null ? List.of() : List.of(message.split("\\."))));
  }

  private static List<String> states(Map<?, ?> map, String key, SourceRef at, Problems problems) {
    Object raw = map.get(key);
    if (raw == null) {
      return null;
    }
    Optional<List<String>> values = RawReader.strings(raw).filter(l -> !l.isEmpty());
    if (values.isEmpty()) {
      problems.error(at.child(key), key + " is not a non-empty list of state values", "write " + key + ": [VALUE, ...]");
    }
    return values.orElse(null);
  }

  private static List<PollingWait.Binding> bindings(Object raw, SourceRef at, Problems problems) {
    List<PollingWait.Binding> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    if (!(raw instanceof Map<?, ?> map)) {
      problems.error(at, "bind is not a mapping", "map poll inputs to sources, e.g. bind: {cluster_id: request.cluster_id}");
      return null;
    }
    boolean ok = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String input = String.valueOf(e.getKey());
      if (!(e.getValue() instanceof String source) || !BINDING.matcher(source).matches()) {
        problems.error(at.child(input), "binding " + RawReader.describe(e.getValue()) + " is not response.<field> or request.<field>",
            "write response.<field> or request.<field>");
        ok = false;
        continue;
      }
      int dot = source.indexOf('.');
      out.add(new PollingWait.Binding(input, source.startsWith("response."), source.substring(dot + 1)));
    }
    return ok ? out : null;
  }

  /**
   * Checks the wait of {@code op} against the linked model: the poll operation exists in the same
   * service, bindings name real inputs and sources, the state and message paths exist. Returns the wait
   * without the bindings of client-bound parameters (the client fills those), or empty.
   */
  Optional<Wait> check(Wait wait, Service service, Operation op, Set<String> allOperationIds, TypeLookup types,
      SourceRef at, Problems problems) {
    return wait.match(w -> checkPolling(w, service, op, allOperationIds, types, at, problems));
  }

  private Optional<Wait> checkPolling(PollingWait w, Service service, Operation op, Set<String> allOperationIds,
      TypeLookup types, SourceRef at, Problems problems) {
    Optional<Operation> poll = service.operations().stream().filter(o -> o.operationId().equals(w.poll())).findFirst();
    if (poll.isEmpty()) {
      boolean elsewhere = allOperationIds.contains(w.poll());
      problems.error(at.child("poll"), elsewhere
              ? "poll operation '" + w.poll() + "' has another tag than this operation (" + service.tag() + ")"
              : "there is no operation '" + w.poll() + "' to poll",
          elsewhere ? "give both operations the same tag" : "name the operationId of the operation that reads the state");
      return Optional.empty();
    }
    boolean ok = true;
    List<String> clientBound = service.document().clientParameters();
    List<PollingWait.Binding> bindings = new ArrayList<>();
    for (PollingWait.Binding b : w.bindings()) {
      if (clientBound.contains(b.pollInput())) {
        continue; // the client fills it for every call
      }
      bindings.add(b);
      boolean input = poll.get().parameters().stream().anyMatch(x -> x.name().equals(b.pollInput()))
          || types.property(poll.get().request(), b.pollInput()).isPresent();
      if (!input) {
        problems.error(at.child("bind", b.pollInput()), "'" + b.pollInput() + "' is not a parameter or body field of " + w.poll(),
            "bind the poll operation's inputs by their JSON names");
        ok = false;
      }
      boolean source = b.fromResponse()
          ? types.property(op.response(), b.source()).isPresent()
          : op.parameters().stream().anyMatch(x -> x.name().equals(b.source()))
              || types.property(op.request(), b.source()).isPresent();
      if (!source) {
        problems.error(at.child("bind", b.pollInput()), "'" + (b.fromResponse() ? "response." : "request.") + b.source()
            + "' is not a field of this operation's " + (b.fromResponse() ? "response" : "request"), "name an existing field");
        ok = false;
      }
    }
    for (Parameter required : poll.get().parameters()) {
      if (required.required() && w.bindings().stream().noneMatch(b -> b.pollInput().equals(required.name()))) {
        problems.error(at.child("bind"), "the poll operation's required parameter '" + required.name() + "' is not bound",
            "add " + required.name() + ": request.<field> or response.<field> under bind");
        ok = false;
      }
    }
    ok &= path(poll.get(), w.statePath(), types, at.child("state"), problems);
    if (!w.messagePath().isEmpty()) {
      ok &= path(poll.get(), w.messagePath(), types, at.child("message"), problems);
    }
    return ok ? Optional.of(new PollingWait(w.poll(), bindings, w.statePath(), w.target(), w.failure(), w.messagePath()))
        : Optional.empty();
  }

  /**
   * The checked waits of one service that poll the same operation until the same states share one method
   * for an existing resource ({@link WaitMethodNames#existing}), so they must wait the same way: the same
   * state, failure states and message, and the same poll inputs bound. That method's name must not be an
   * operation's. Returns the operationIds whose wait fails this (they lose it; the run fails).
   */
  Set<String> checkShared(Service service, Function<Operation, SourceRef> at, Problems problems) {
    Set<String> operationNames = new HashSet<>();
    service.operations().forEach(o -> operationNames.add(o.javaName()));
    Map<String, Operation> first = new LinkedHashMap<>();
    Set<String> dropped = new HashSet<>();
    for (Operation op : service.operations()) {
      if (op.waitFor() == null) {
        continue;
      }
      PollingWait w = op.waitFor().match(x -> x);
      Operation poll = service.operations().stream().filter(o -> o.operationId().equals(w.poll())).findFirst().orElseThrow();
      String name = WaitMethodNames.existing(poll.javaName(), w.target());
      SourceRef here = at.apply(op);
      if (operationNames.contains(name) || operationNames.contains(WaitMethodNames.async(name))) {
        problems.error(here.child("target"), "the wait for an existing resource, " + name + ", has the name of an operation",
            "rename the operation (its operationId)");
        dropped.add(op.operationId());
        continue;
      }
      Operation earlier = first.putIfAbsent(name, op);
      if (earlier == null) {
        continue;
      }
      PollingWait e = earlier.waitFor().match(x -> x);
      List<String> differ = new ArrayList<>();
      if (!e.statePath().equals(w.statePath())) {
        differ.add("state");
      }
      if (!Set.copyOf(e.failure()).equals(Set.copyOf(w.failure()))) {
        differ.add("failure");
      }
      if (!e.messagePath().equals(w.messagePath())) {
        differ.add("message");
      }
      if (!inputs(e).equals(inputs(w))) {
        differ.add("the bound inputs");
      }
      if (!differ.isEmpty()) {
        problems.error(here, "this wait and the one of " + earlier.operationId() + " both poll " + w.poll() + " until "
                + String.join(", ", w.target()) + " (method " + name + ") but differ in " + String.join(", ", differ),
            "give waits with the same poll and target the same state, failure, message and bound inputs");
        dropped.add(op.operationId());
      }
    }
    return dropped;
  }

  private static Set<String> inputs(PollingWait w) {
    Set<String> out = new HashSet<>();
    w.bindings().forEach(b -> out.add(b.pollInput()));
    return out;
  }

  private static boolean path(Operation poll, List<String> path, TypeLookup types, SourceRef at, Problems problems) {
    TypeRef type = poll.response() == null ? null : poll.response().type();
    for (String segment : path) {
      Optional<Property> p = type == null ? Optional.empty() : types.record(type).flatMap(r -> TypeLookup.property(r, segment));
      if (p.isEmpty()) {
        problems.error(at, "'" + String.join(".", path) + "' is not a field path of " + poll.operationId() + "'s response",
            "name the fields from the response down to the value, with dots");
        return false;
      }
      type = p.get().type();
    }
    return true;
  }
}
