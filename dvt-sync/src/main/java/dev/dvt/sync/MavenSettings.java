package dev.dvt.sync;

import dev.dvt.core.DvtException;
import dev.dvt.core.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.repository.Authentication;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.ConservativeAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;

/**
 * The parts of a Maven {@code settings.xml} that decide where artifacts come from: mirrors,
 * proxies and server credentials, applied to a resolver session the way Maven applies them.
 */
final class MavenSettings {
    private final Settings settings;

    private MavenSettings(Settings settings) {
        this.settings = settings;
    }

    static MavenSettings none() {
        return new MavenSettings(new Settings());
    }

    /** Reads the file when it exists; a missing file means no settings. */
    static MavenSettings read(Optional<Path> file) {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return none();
        }
        DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest()
                .setUserSettingsFile(file.get().toFile())
                .setSystemProperties(System.getProperties());
        try {
            return new MavenSettings(new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings());
        } catch (SettingsBuildingException e) {
            throw new DvtException(ErrorCode.CONFIG,
                    "Cannot read Maven settings: " + e.getProblems().get(0).getMessage(), file.get(),
                    e.getProblems().get(0).getLineNumber(), e);
        }
    }

    void applyTo(DefaultRepositorySystemSession session) {
        DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
        for (Mirror mirror : settings.getMirrors()) {
            mirrors.add(mirror.getId(), mirror.getUrl(), mirror.getLayout(), false, mirror.isBlocked(),
                    mirror.getMirrorOf(), mirror.getMirrorOfLayouts());
        }
        session.setMirrorSelector(mirrors);

        DefaultProxySelector proxies = new DefaultProxySelector();
        for (Proxy proxy : settings.getProxies()) {
            if (!proxy.isActive()) {
                continue;
            }
            Authentication auth = proxy.getUsername() == null ? null
                    : new AuthenticationBuilder().addUsername(proxy.getUsername()).addPassword(proxy.getPassword()).build();
            proxies.add(new org.eclipse.aether.repository.Proxy(proxy.getProtocol(), proxy.getHost(), proxy.getPort(), auth),
                    proxy.getNonProxyHosts());
        }
        session.setProxySelector(proxies);

        DefaultAuthenticationSelector credentials = new DefaultAuthenticationSelector();
        for (Server server : settings.getServers()) {
            credentials.add(server.getId(), new AuthenticationBuilder()
                    .addUsername(server.getUsername())
                    .addPassword(server.getPassword())
                    .addPrivateKey(server.getPrivateKey(), server.getPassphrase())
                    .build());
        }
        // Conservative: credentials already set on a repository win over settings.xml.
        session.setAuthenticationSelector(new ConservativeAuthenticationSelector(credentials));
    }

    int mirrorCount() {
        return settings.getMirrors().size();
    }
}
