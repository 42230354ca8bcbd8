import { useMutation } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/api/problem';
import { renderRoute } from '@/testing/test-utils';

import { DeleteRecord } from './confirm-delete';
import { NoticeBanner } from './notification-banner';

/** A record page whose delete answers as `remove` does; "Reload" reads it again with `reload`. */
function Record({ remove, reload }: { remove: (etag: string) => Promise<void>; reload: () => void }) {
  const mutation = useMutation({ mutationFn: remove });
  return (
    <DeleteRecord
      noun="widget"
      mutation={mutation}
      etag='"7"'
      onReload={reload}
      done={{ to: '/widgets', notice: 'Widget deleted: Blue widget' }}
    >
      Delete the widget “Blue widget”? Its change history is kept.
    </DeleteRecord>
  );
}

function renderRecord(remove: (etag: string) => Promise<void>, reload = vi.fn()) {
  const result = renderRoute(<Record remove={remove} reload={reload} />, {
    route: '/widgets/:id',
    url: '/widgets/7',
    others: [
      {
        path: '/widgets',
        element: (
          <>
            <NoticeBanner />
            <h1>Widgets</h1>
          </>
        ),
      },
    ],
  });
  return { ...result, reload, user: userEvent.setup() };
}

describe('DeleteRecord', () => {
  it('asks first, and deletes nothing when cancelled', async () => {
    const remove = vi.fn(async () => undefined);
    const { user } = renderRecord(remove);

    await user.click(screen.getByRole('button', { name: 'Delete widget' }));
    const question = screen.getByTestId('confirm-delete');
    expect(question).toHaveTextContent('WarningDelete the widget “Blue widget”? Its change history is kept.');
    expect(question).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Yes, delete the widget' })).toHaveClass('govuk-button--warning');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('confirm-delete')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete widget' })).toHaveFocus();
    expect(remove).not.toHaveBeenCalled();
  });

  it('deletes with the ETag of the last read and goes to the list with a success banner', async () => {
    const remove = vi.fn(async () => undefined);
    const { user, router } = renderRecord(remove);

    await user.click(screen.getByRole('button', { name: 'Delete widget' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the widget' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Widgets' })).toBeInTheDocument();
    expect(remove).toHaveBeenCalledWith('"7"', expect.anything());
    expect(router.state.location.pathname).toBe('/widgets');
    const banner = screen.getByRole('alert', { name: 'Success' });
    expect(banner).toHaveClass('govuk-notification-banner--success');
    expect(banner).toHaveTextContent('Widget deleted: Blue widget');
  });

  it('shows a refusal (409) as the API explains it, and stays', async () => {
    const remove = vi.fn(async () => {
      throw new ApiError(409, { title: 'Conflict', detail: 'Widget 7 has 2 survey response(s); delete those first.' });
    });
    const { user, router } = renderRecord(remove);

    await user.click(screen.getByRole('button', { name: 'Delete widget' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the widget' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveTextContent('Widget 7 has 2 survey response(s); delete those first.');
    expect(screen.queryByRole('button', { name: 'Reload the widget' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/widgets/7');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says someone else changed the record (412) and offers to read it again', async () => {
    const remove = vi.fn(async () => {
      throw new ApiError(412, { title: 'Precondition Failed' });
    });
    const { user, reload } = renderRecord(remove);

    await user.click(screen.getByRole('button', { name: 'Delete widget' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the widget' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else has changed this record since you opened it');
    await user.click(screen.getByRole('button', { name: 'Reload the widget' }));
    expect(reload).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Delete widget' })).toBeInTheDocument();
  });
});
