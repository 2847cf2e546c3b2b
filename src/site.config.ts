// Site-wide settings in one typed place. The repository URL and branch feed
// the "Edit this page" links; the site URL feeds canonical URLs, the feed and the sitemap.
export interface SiteConfig {
  /** Shown in the header and in every page title. */
  title: string;
  /** The conference these notes were taken at, shown on the home page. */
  conference: string;
  /** One line under the conference name on the home page. */
  description: string;
  /** Where the notes are edited through pull requests. */
  repository: string;
  /** The branch pull requests go to. */
  branch: string;
  /** The origin the site is published at, without the base path; SITE_URL overrides it. */
  url: string;
}

export const site: SiteConfig = {
  title: 'KubeCon Notes',
  conference: 'KubeCon + CloudNativeCon Europe 2024',
  description: 'Notes taken during the talks in Paris, one folder per conference day.',
  repository: 'https://github.com/kubecon-notes/kubecon24',
  branch: 'main',
  url: 'https://kubecon-notes.github.io',
};
