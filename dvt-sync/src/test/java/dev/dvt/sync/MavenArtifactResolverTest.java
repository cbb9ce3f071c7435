package dev.dvt.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvt.core.DvtException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenArtifactResolverTest {
    @TempDir
    Path temp;

    private static SyncItem item(boolean transitive, String... coordinates) {
        return new SyncItem(SyncItem.Kind.DRIVER, "test", "1.0", Path.of("/unused"), List.of(coordinates), transitive,
                Optional.empty());
    }

    private List<ResolvedArtifact> resolve(TestingMavenRepository repository, SyncItem item) {
        try (MavenArtifactResolver resolver = new MavenArtifactResolver(List.of(repository.url()), MavenSettings.none())) {
            return resolver.resolve(item, temp.resolve("local"), SyncListener.NONE);
        }
    }

    @Test
    void conflictResolutionPicksTheNearestVersion() throws IOException {
        // app -> lib-b 1.0 (depth 1) and app -> lib-c -> lib-b 2.0 (depth 2): nearest wins.
        TestingMavenRepository repository = new TestingMavenRepository(temp.resolve("repo"))
                .deploy("test:app:1.0", "test:lib-b:1.0", "test:lib-c:1.0")
                .deploy("test:lib-c:1.0", "test:lib-b:2.0")
                .deploy("test:lib-b:1.0")
                .deploy("test:lib-b:2.0");

        List<ResolvedArtifact> resolved = resolve(repository, item(true, "test:app:1.0"));

        assertThat(resolved).extracting(ResolvedArtifact::coordinates)
                .containsExactly("test:app:jar:1.0", "test:lib-b:jar:1.0", "test:lib-c:jar:1.0");
    }

    @Test
    void nonTransitiveResolvesOnlyTheNamedArtifact() throws IOException {
        TestingMavenRepository repository = new TestingMavenRepository(temp.resolve("repo"))
                .deploy("test:fat:1.0", "test:lib-b:1.0")
                .deploy("test:lib-b:1.0");

        assertThat(resolve(repository, item(false, "test:fat:1.0"))).extracting(ResolvedArtifact::fileName)
                .containsExactly("fat-1.0.jar");
    }

    @Test
    void missingTransitiveDependencyNamesIt() throws IOException {
        TestingMavenRepository repository = new TestingMavenRepository(temp.resolve("repo"))
                .deploy("test:app:1.0", "test:gone:3.1");

        assertThatThrownBy(() -> resolve(repository, item(true, "test:app:1.0")))
                .isInstanceOf(DvtException.class)
                .hasMessageContaining("test:app:1.0")
                .hasMessageContaining("test:gone");
    }

    @Test
    void repositoryOverrideMayCarryAnIdForCredentials() {
        try (MavenArtifactResolver resolver = new MavenArtifactResolver(
                List.of("corp=https://nexus.example.com/repo", "https://other.example.com/m2"), MavenSettings.none())) {
            assertThat(resolver.repositories()).extracting(r -> r.getId() + " " + r.getUrl()).containsExactly(
                    "corp https://nexus.example.com/repo", "repository-2 https://other.example.com/m2");
        }
        try (MavenArtifactResolver resolver = new MavenArtifactResolver(List.of(), MavenSettings.none())) {
            assertThat(resolver.repositories()).singleElement()
                    .satisfies(r -> assertThat(r.getUrl()).isEqualTo(MavenArtifactResolver.CENTRAL_URL));
        }
    }
}
