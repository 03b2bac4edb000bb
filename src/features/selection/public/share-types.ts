// Sharing a candidate: on WeChat the share card (title and path of this page), in a browser a link to copy. No
// reward of any kind is tied to sharing (a WeChat rule), and the texts never suggest one.
export interface ShareTarget {
  /** The card's title. */
  title: string;
  /** The mini-program path of the page, with its query. */
  path: string;
}
