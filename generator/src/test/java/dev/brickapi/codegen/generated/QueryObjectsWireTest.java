package dev.brickapi.codegen.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.store.search.v1.FindPetsDottedRequest;
import com.example.store.search.v1.FindPetsFormRequest;
import com.example.store.search.v1.PetCriteria;
import com.example.store.search.v1.PetFilter;
import com.example.store.search.v1.PetSort;
import com.example.store.search.v1.SearchApi;
import com.example.store.search.v1.TimeRange;
import com.example.store.store.v1.Pet;
import com.example.store.store.v1.PetState;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Object query parameters on the wire: each style's keys, lists repeated or joined, absent values left out. */
class QueryObjectsWireTest {

  private final LoopbackServer server = new LoopbackServer();
  private final SearchApi search = new SearchApi(GeneratedClients.workspace(server.url()));

  @AfterEach
  void stop() {
    server.close();
  }

  private String sent(int i) {
    return server.requests().get(i).pathAndQuery();
  }

  @Test
  void dottedStyleKeysNestedValuesByPathAndRepeatsListItems() {
    server.json("{}");
    search.findPetsDotted(new FindPetsDottedRequest()
        .setFilterBy(new PetFilter().setStates(List.of(PetState.PENDING, PetState.LOST))
            .setBorn(new TimeRange().setFromMs(3_000_000_000_000L)))
        .setSortBy(new PetSort().setField("name").setDescending(true)));
    assertEquals("/api/1/search/dotted?filter_by.states=PENDING&filter_by.states=LOST"
        + "&filter_by.born.from_ms=3000000000000&sort_by.field=name&sort_by.descending=true", sent(0));
  }

  @Test
  void absentObjectSendsNoKeys() {
    server.json("{}");
    search.findPetsDotted(new FindPetsDottedRequest());
    assertEquals("/api/1/search/dotted", sent(0));
    server.json("{}");
    search.findPetsDotted(new FindPetsDottedRequest().setFilterBy(new PetFilter()));
    assertEquals("/api/1/search/dotted", sent(1));
  }

  @Test
  void deepObjectStyleBracketsKeysAndJoinsListsWithCommas() {
    server.json("{}");
    search.findPetsDeep(new PetFilter().setStates(List.of(PetState.PENDING, PetState.LOST)).setName("Rex"));
    assertEquals("/api/1/search/deep?filter%5Bstates%5D=PENDING%2CLOST&filter%5Bname%5D=Rex", sent(0));
  }

  @Test
  void formExplodedStyleUsesThePropertiesAsKeys() {
    server.json("{}");
    search.findPetsForm(new FindPetsFormRequest().setCriteria(new PetCriteria()
        .setStates(List.of(PetState.AVAILABLE, PetState.of("ADOPTED"))).setName("Rex")).setLimit(5));
    assertEquals("/api/1/search/form?states=AVAILABLE&states=ADOPTED&name=Rex&limit=5", sent(0));
  }

  @Test
  void pagingKeepsTheObjectOnEveryPage() {
    server.json("{\"pets\":[{\"name\":\"a\"}],\"next_page_token\":\"t2\"}");
    server.json("{\"pets\":[{\"name\":\"b\"}]}");
    List<String> names = search.findPetsDottedAll(new FindPetsDottedRequest()
        .setFilterBy(new PetFilter().setName("x"))).stream().map(Pet::getName).collect(Collectors.toList());
    assertEquals(List.of("a", "b"), names);
    assertEquals("/api/1/search/dotted?filter_by.name=x", sent(0));
    assertEquals("/api/1/search/dotted?filter_by.name=x&page_token=t2", sent(1));
  }
}
