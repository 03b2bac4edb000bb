// Inviting teammates: the team page's share card on WeChat, its link to copy in a browser. Nothing is rewarded for
// sharing (a WeChat rule); the texts only name the team and the contest.
export interface InviteTarget {
  /** The card's title. */
  title: string;
  /** The mini-program path of the team page, with the team's id. */
  path: string;
}
