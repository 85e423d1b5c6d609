package dev.brickapi.codegen.link;

import dev.brickapi.codegen.ext.ExtensionValues;
import dev.brickapi.codegen.ext.Site;
import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.naming.ServiceAccessors;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the documents say about service accessors: each document's {@code x-brickapi-accessor-prefix}
 * and the extensions of each entry of its {@code tags:} (checked through the registry like every other
 * node's), for {@link ServiceAccessors} to decide the names.
 */
public final class TagAccessors {

  private TagAccessors() {}

  public static ServiceAccessors.Hints read(List<LoadedDocument> documents, Problems problems) {
    Map<String, String> prefixes = new HashMap<>();
    Map<ServiceAccessors.Tag, String> accessors = new HashMap<>();
    Map<ServiceAccessors.Tag, SourceRef> where = new HashMap<>();
    for (LoadedDocument doc : documents) {
      OpenAPI api = doc.api();
      // The linker has reported a malformed prefix already; read it leniently here.
      VendorExtensions.ACCESSOR_PREFIX.read(api.getExtensions()).ifPresent(p -> prefixes.put(doc.name(), p));
      List<Tag> tags = api.getTags() == null ? List.of() : api.getTags();
      for (int i = 0; i < tags.size(); i++) {
        Tag t = tags.get(i);
        SourceRef at = new SourceRef(doc.name(), "/tags/" + i, 0);
        ExtensionValues ext = VendorExtensions.ALL.read(Site.TAG, t.getExtensions(), at, problems);
        if (t.getName() == null) {
          continue;
        }
        ServiceAccessors.Tag key = new ServiceAccessors.Tag(doc.name(), t.getName());
        Optional<String> accessor = ext.get(VendorExtensions.ACCESSOR);
        accessor.ifPresent(a -> accessors.put(key, a));
        where.put(key, accessor.isPresent() ? at.child(VendorExtensions.ACCESSOR.key()) : at);
      }
    }
    return new ServiceAccessors.Hints(prefixes, accessors, where);
  }
}
