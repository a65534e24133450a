package dev.amba.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CollectionSurfaceTest {

  @Test
  void userScopedCollections_areReachableFromAmbaUserOnly() {
    assertThat(Arrays.stream(AmbaClient.class.getMethods()).map(Method::getReturnType))
        .doesNotContain(UserCollection.class);
    assertThat(Arrays.stream(ProjectCollections.class.getMethods()).map(Method::getReturnType))
        .doesNotContain(UserCollection.class);
    assertThat(Arrays.stream(AmbaUser.class.getMethods()).filter(m -> m.getReturnType() == UserCollection.class)
        .map(Method::getName)).containsExactly("collection", "collection");
  }

  @Test
  void where_offersEveryOperatorOfTheNodeSdkAsAStaticMethod() {
    Set<String> names = Arrays.stream(Where.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
            && m.getReturnType() == Filter.class)
        .map(Method::getName).collect(Collectors.toSet());
    assertThat(names).containsExactlyInAnyOrder("eq", "ne", "gt", "gte", "lt", "lte", "in", "notIn", "like", "ilike",
        "isNull", "isNotNull", "and", "or", "not");
  }
}
