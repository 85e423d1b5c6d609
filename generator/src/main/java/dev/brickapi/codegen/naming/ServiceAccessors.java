package dev.brickapi.codegen.naming;

import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accessor of every service on the service indexes ({@code WorkspaceServices}, {@code
 * AccountServices}), decided once, from what the specs say:
 *
 * <ol>
 *   <li>a tag's {@code x-brickapi-accessor}, as written;
 *   <li>otherwise the tag in lowerCamel after the document's {@code x-brickapi-accessor-prefix}
 *       ({@code mlflow} + {@code Runs} = {@code mlflowRuns}). When several services of one scope get the
 *       same such name they must be versions of one service: the newest keeps the name and each older one
 *       gets {@code V} and its version's digits ({@code jobs}, {@code jobsV21}, {@code jobsV20}).
 * </ol>
 *
 * A derived name that every index already has ({@code client}, {@code config}, {@code Object}'s methods) or that
 * an earlier derived one took (two tags of one name after conversion, two versions of one version) gets {@code Api}
 * appended, then a number ({@code configApi}, {@code petsApi2}), with a warning at the tag: documents we do not
 * own must not be a dead end. A declared accessor that is reserved or clashes with another is an error at the tag,
 * naming the other one: the spec decides which is {@code groups()}.
 */
public final class ServiceAccessors {

  /** Methods of every service index and client: the abstract {@code client()}, {@code config()} and {@code Object}'s. */
  static final Set<String> RESERVED = Set.of("client", "config", "getClass", "hashCode", "equals", "toString", "clone",
      "finalize", "notify", "notifyAll", "wait");

  private static final Pattern VERSION = Pattern.compile("(?:^|\\.)v(\\d+)(?:\\.|$)");

  /** One tag of one document. */
  public record Tag(String document, String name) {}

  /**
   * What the documents say about accessors.
   *
   * @param prefixes each document's {@code x-brickapi-accessor-prefix}
   * @param accessors each tag's {@code x-brickapi-accessor}
   * @param tags where each declared tag's accessor is decided: its {@code x-brickapi-accessor}, else its
   *     entry under {@code tags:}
   */
  public record Hints(Map<String, String> prefixes, Map<Tag, String> accessors, Map<Tag, SourceRef> tags) {
    public static final Hints NONE = new Hints(Map.of(), Map.of(), Map.of());

    public Hints {
      prefixes = Map.copyOf(prefixes);
      accessors = Map.copyOf(accessors);
      tags = Map.copyOf(tags);
    }
  }

  private final Map<Service, String> names;

  private ServiceAccessors(Map<Service, String> names) {
    this.names = names;
  }

  /** The accessor of {@code service}. */
  public String of(Service service) {
    String name = names.get(service);
    if (name == null) {
      throw new IllegalArgumentException("no accessor for " + service.name());
    }
    return name;
  }

  /** Decides the accessors of {@code services}, scope by scope; clashes go to {@code problems}. */
  public static ServiceAccessors decide(List<Service> services, Hints hints, Problems problems) {
    Map<Service, String> names = new HashMap<>();
    for (boolean account : new boolean[] {false, true}) {
      List<Service> scoped = new ArrayList<>(services.stream().filter(s -> s.document().account() == account).toList());
      scoped.sort(Comparator.comparing((Service s) -> s.document().name()).thenComparing(Service::tag));
      names.putAll(decideScope(scoped, hints, problems));
    }
    return new ServiceAccessors(names);
  }

  private static Map<Service, String> decideScope(List<Service> services, Hints hints, Problems problems) {
    Map<Service, String> names = new LinkedHashMap<>();
    Map<String, List<Service>> derived = new TreeMap<>();
    for (Service s : services) {
      String declared = hints.accessors().get(tag(s));
      if (declared != null) {
        names.put(s, declared);
      } else {
        String prefix = hints.prefixes().get(s.document().name());
        String base = prefix == null ? JavaIdentifiers.camel(s.tag()) : prefix + JavaIdentifiers.pascal(s.tag());
        derived.computeIfAbsent(base, k -> new ArrayList<>()).add(s);
      }
    }
    for (Map.Entry<String, List<Service>> e : derived.entrySet()) {
      List<Service> versions = e.getValue();
      versions.sort(Comparator.comparingInt((Service s) -> -version(s)));
      names.put(versions.get(0), e.getKey());
      for (int i = 1; i < versions.size(); i++) {
        Service s = versions.get(i);
        int v = version(s);
        // Not older than the one before it: no suffix tells them apart, so it gets a free name below.
        names.put(s, v >= 0 && v < version(versions.get(i - 1)) ? e.getKey() + "V" + v : e.getKey());
      }
    }
    Set<String> wanted = new HashSet<>(names.values());
    wanted.addAll(RESERVED);
    Map<String, Service> owners = new HashMap<>();
    for (Service s : services) {
      if (hints.accessors().containsKey(tag(s))) {
        claim(s, names.get(s), owners, hints, problems);
      }
    }
    for (List<Service> versions : derived.values()) {
      for (Service s : versions) {
        String name = names.get(s);
        Service first = owners.get(name);
        if (RESERVED.contains(name) || first != null && !hints.accessors().containsKey(tag(first))) {
          String free = free(name, wanted);
          wanted.add(free);
          problems.warning(where(s, hints), "the accessor '" + name + "()' of tag '" + s.tag() + "' "
              + (first == null ? "is a method every service index already has" : "is the one of tag '" + first.tag() + "' ("
                  + where(first, hints).file() + "#" + where(first, hints).pointer() + ")")
              + "; it is '" + free + "()'", "choose another with x-brickapi-accessor on the tag (specs/README.md)");
          names.put(s, free);
          name = free;
        }
        claim(s, name, owners, hints, problems);
      }
    }
    return names;
  }

  /** The first of {@code nameApi}, {@code nameApi2}, ... that nobody wants. */
  private static String free(String name, Set<String> wanted) {
    String base = name + "Api";
    String free = base;
    for (int i = 2; wanted.contains(free); i++) {
      free = base + i;
    }
    return free;
  }

  /** Takes {@code name} for {@code s}: a problem when it is reserved or another service has it. */
  private static void claim(Service s, String name, Map<String, Service> owners, Hints hints, Problems problems) {
    Service first = owners.putIfAbsent(name, s);
    if (RESERVED.contains(name)) {
      problems.error(where(s, hints), "the accessor '" + name + "()' of tag '" + s.tag()
          + "' is a method every service index already has", "give the tag another x-brickapi-accessor");
    } else if (first != null) {
      SourceRef other = where(first, hints);
      problems.error(where(s, hints), "the accessor '" + name + "()' of tag '" + s.tag() + "' clashes with the one of tag '"
          + first.tag() + "' (" + other.file() + "#" + other.pointer() + ")",
          "give one of the tags its own x-brickapi-accessor, or its document an x-brickapi-accessor-prefix (specs/README.md)");
    }
  }

  private static Tag tag(Service s) {
    return new Tag(s.document().name(), s.tag());
  }

  /** Where the hints place the tag, else the first operation's tags. */
  private static SourceRef where(Service s, Hints hints) {
    SourceRef declared = hints.tags().get(tag(s));
    if (declared != null) {
      return declared;
    }
    return new SourceRef(s.document().name(), s.operations().get(0).location().pointer(), 0).child("tags");
  }

  /** The version digits of the service's package ({@code jobs.v21}: 21), or -1. */
  private static int version(Service s) {
    Matcher m = VERSION.matcher(s.name().packageName());
    int found = -1;
    while (m.find()) {
      found = Integer.parseInt(m.group(1));
    }
    return found;
  }
}
