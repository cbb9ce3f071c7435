package dev.dvt.compiler.parse;

import dev.dvt.artifacts.manifest.Docs;
import dev.dvt.artifacts.manifest.Exposure;
import dev.dvt.artifacts.manifest.Group;
import dev.dvt.artifacts.manifest.Macro;
import dev.dvt.artifacts.manifest.MacroArgument;
import dev.dvt.artifacts.manifest.Manifest;
import dev.dvt.artifacts.manifest.NodeConfig;
import dev.dvt.artifacts.manifest.Owner;
import dev.dvt.artifacts.manifest.RefArgs;
import dev.dvt.artifacts.manifest.ResourceType;
import dev.dvt.compiler.jinja.MacroDefinition;
import dev.dvt.compiler.jinja.MacroLibrary;
import dev.dvt.core.ErrorCode;
import dev.dvt.core.yaml.YamlMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Macros, exposures and groups: resources that are not nodes. */
final class OtherResources {

    private OtherResources() {
    }

    static void addMacros(Manifest manifest, MacroLibrary library, PropertiesReader properties,
            Map<String, Path> packageRoots) {
        for (MacroDefinition d : library.macros()) {
            Macro m = new Macro();
            m.setName(d.name());
            m.setPackageName(d.packageName());
            m.setUniqueId(d.uniqueId());
            String file = FileDiscovery.slashes(d.file());
            m.setOriginalFilePath(file);
            m.setPath(file);
            m.setMacroSql(d.source());
            d.calls().forEach(m.getDependsOn()::addMacro);
            if (d.name().startsWith("materialization_")) {
                m.setSupportedLanguages(List.of("sql"));
            }
            ResourcePatch patch = properties.patches.get(ResourcePatch.key(d.packageName(), "macros", d.name()));
            if (patch != null) {
                YamlMap entry = patch.entry();
                m.setDescription(entry.string("description", ""));
                m.setMeta(YamlValues.map(entry, "meta"));
                m.setPatchPath(d.packageName() + "://" + patch.originalFilePath());
                if (entry.has("docs")) {
                    m.setDocs(YamlValues.convert(entry, "docs", Docs.class));
                }
                if (entry.has("arguments")) {
                    m.setArguments(List.of(YamlValues.convert(entry, "arguments", MacroArgument[].class)));
                }
            }
            manifest.addMacro(m);
        }
    }

    static void addExposures(Manifest manifest, PropertiesReader properties) {
        for (PropertiesReader.Entry e : properties.exposures) {
            YamlMap map = e.map();
            Exposure x = new Exposure();
            String name = map.requiredString("name");
            x.setName(name);
            x.setPackageName(e.packageName());
            x.setUniqueId("exposure." + e.packageName() + "." + name);
            x.setPath(e.originalFilePath());
            x.setOriginalFilePath(e.originalFilePath());
            String relative = e.originalFilePath().substring(e.originalFilePath().indexOf('/') + 1);
            x.setFqn(NodeBuilder.fqn(e.packageName(), relative, name));
            x.setType(map.requiredString("type"));
            x.setOwner(map.has("owner") ? YamlValues.convert(map, "owner", Owner.class) : new Owner());
            x.setDescription(map.string("description", ""));
            x.setLabel(map.string("label").orElse(null));
            x.setMaturity(map.string("maturity").orElse(null));
            x.setUrl(map.string("url").orElse(null));
            x.setMeta(YamlValues.map(map, "meta"));
            x.setTags(map.stringList("tags", List.of()));
            NodeConfig config = NodeConfig.defaultsFor(ResourceType.EXPOSURE);
            config.merge(YamlValues.config(map));
            x.setConfig(config);
            for (String dep : map.stringList("depends_on", List.of())) {
                var calls = JinjaScan.staticParse(JinjaScan.blocks("{{ " + dep + " }}"))
                        .orElseThrow(() -> map.error(ErrorCode.PARSE, "depends_on", "Exposure '" + name
                                + "' depends_on entries must be ref('model') or source('source', 'table'), got: "
                                + dep));
                calls.refs().forEach(r -> x.getRefs().add(new RefArgs(r.name(), r.packageName(), r.version())));
                x.getSources().addAll(calls.sources());
            }
            if (config.getEnabled()) {
                manifest.addExposure(x);
            } else {
                manifest.addDisabled(x);
            }
        }
    }

    static void addGroups(Manifest manifest, PropertiesReader properties) {
        for (PropertiesReader.Entry e : properties.groups) {
            Group g = new Group();
            String name = e.map().requiredString("name");
            g.setName(name);
            g.setPackageName(e.packageName());
            g.setUniqueId("group." + e.packageName() + "." + name);
            g.setPath(e.originalFilePath());
            g.setOriginalFilePath(e.originalFilePath());
            if (!e.map().has("owner")) {
                throw e.map().error(ErrorCode.PARSE, "name", "Group '" + name + "' needs an owner: (name or email)");
            }
            g.setOwner(YamlValues.convert(e.map(), "owner", Owner.class));
            manifest.addGroup(g);
        }
    }
}
