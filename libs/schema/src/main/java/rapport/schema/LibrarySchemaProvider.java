package rapport.schema;

import java.util.List;

/** A library's CDI bean naming the library schemas this service needs (none when it uses no table of the library). */
public interface LibrarySchemaProvider {

    List<LibrarySchema> schemas();
}
