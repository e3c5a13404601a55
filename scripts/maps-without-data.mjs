/**
 * Source maps without the text of build-time data files: `simple-icons` is one 5 MB module of
 * every brand's path, of which the share menu takes seven. A map carrying its text was 5 MB per
 * bundle that holds the icons; without it, the map still names the file and maps the lines.
 */
export function mapsWithoutData(packages = ['simple-icons']) {
  const isData = (source) => packages.some((name) => source.includes(`node_modules/${name}/`));
  return {
    name: 'maps-without-data',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.map')) continue;
        const map = JSON.parse(String(file.source));
        if (!map.sourcesContent?.some((_text, at) => isData(map.sources[at]))) continue;
        map.sourcesContent = map.sourcesContent.map((text, at) => (isData(map.sources[at]) ? null : text));
        file.source = JSON.stringify(map);
      }
    },
  };
}
