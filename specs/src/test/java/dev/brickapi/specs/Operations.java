package dev.brickapi.specs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The operations of a document, each with its JSON pointer. */
final class Operations {

  record At(SpecDocument document, String path, String method, String pointer, Operation operation) {}

  private Operations() {}

  static List<At> of(SpecDocument d) {
    List<At> list = new ArrayList<>();
    if (d.api == null || d.api.getPaths() == null) {
      return list;
    }
    d.api.getPaths().forEach((path, item) -> {
      for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
        String method = e.getKey().name().toLowerCase(Locale.ROOT);
        list.add(new At(d, path, method, Pointers.child("/paths", path, method), e.getValue()));
      }
    });
    return list;
  }
}
