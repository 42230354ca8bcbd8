import { Link } from 'react-router';

/** A POSIX shell word in single quotes. */
const quoted = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** The command that puts a token for `username` into `$TOKEN`, by the local command-line client's password grant. */
export function tokenCommand(tokenUrl: string, username: string): string {
  return [
    `read -rsp 'Password: ' PASSWORD; echo`,
    `TOKEN=$(curl -s -d grant_type=password -d client_id=sector-support-cli -d username=${quoted(username)} \\`,
    `  --data-urlencode "password=$PASSWORD" ${quoted(tokenUrl)} | jq -r .access_token)`,
  ].join('\n');
}

/** How a script gets the bearer token the commands above need. */
export function TokenHelp({
  id,
  tokenUrl,
  username,
  guideHref,
}: {
  id: string;
  tokenUrl: string;
  /** The signed-in user's username, for the example. */
  username: string;
  /** The analyst guide. */
  guideHref: string;
}) {
  return (
    <section id={id} tabIndex={-1} className="app-focus-target" aria-labelledby={`${id}-heading`}>
      <h3 className="govuk-heading-s" id={`${id}-heading`}>
        Get a token
      </h3>
      <p className="govuk-body">
        On a local system, the command-line client <code>sector-support-cli</code> gives a script a token for your own
        user (it asks for your password); a token lasts 15 minutes. In production you are issued a client of your
        own.
      </p>
      <pre className="app-code-block">
        <code data-testid="token-command">{tokenCommand(tokenUrl, username)}</code>
      </pre>
      <p className="govuk-body">
        The{' '}
        <Link className="govuk-link" to={guideHref}>
          analyst guide
        </Link>{' '}
        has more: reading extracts in pandas and R,
        keeping a copy in sync with the watermark, and counts for publication with small numbers withheld.
      </p>
    </section>
  );
}
