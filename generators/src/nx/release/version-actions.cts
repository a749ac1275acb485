/**
 * Nx Release's version actions for the generated packages. Their version is not Nx's to bump: it
 * is the catalog's `version`, written into each package.json by `errata generate` and checked by the
 * diff gate of `errata release`. So the current version is read from package.json, and a request to
 * change it says where to change it instead.
 *
 * CommonJS (`.cts` → `.cjs`) because Nx loads version actions with `require`.
 */
import release = require('nx/release');
import type { Tree } from '@nx/devkit';

class CatalogVersionActions extends release.VersionActions {
  validManifestFilenames = ['package.json'];

  private manifestPath(): string {
    return `${this.projectGraphNode.data.root}/package.json`;
  }

  private manifest(tree: Tree): { version?: unknown; errata?: { source?: unknown } } {
    const text = tree.read(this.manifestPath(), 'utf-8');
    return text ? (JSON.parse(text) as { version?: unknown; errata?: { source?: unknown } }) : {};
  }

  async readCurrentVersionFromSourceManifest(tree: Tree): Promise<{ currentVersion: string; manifestPath: string } | null> {
    const version = this.manifest(tree).version;
    return typeof version === 'string' ? { currentVersion: version, manifestPath: this.manifestPath() } : null;
  }

  async readCurrentVersionFromRegistry(): Promise<null> {
    // The registry is asked by `errata release` itself, before anything is published.
    return null;
  }

  async readCurrentVersionOfDependency(): Promise<{ currentVersion: string | null; dependencyCollection: string | null }> {
    return { currentVersion: null, dependencyCollection: null };
  }

  async updateProjectVersion(tree: Tree, newVersion: string): Promise<string[]> {
    const manifest = this.manifest(tree);
    if (manifest.version === newVersion) return [];
    const source = typeof manifest.errata?.source === 'string' ? manifest.errata.source : 'its catalog.yaml';
    throw new Error(
      `${this.projectGraphNode.name} takes its version from ${source}: set \`version: ${newVersion}\` there, run \`npx errata generate\`, commit, then \`npx errata release\``,
    );
  }

  async updateProjectDependencies(): Promise<string[]> {
    // Generated packages have no dependencies to re-version.
    return [];
  }
}

export = CatalogVersionActions;
