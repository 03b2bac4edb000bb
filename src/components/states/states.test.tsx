/**
 * @jest-environment jsdom
 */
// The error state never leaves a dead end: 重试 where trying again helps, 返回首页 for what is not there, 返回 (and
// who to ask) for a page this person may not open; the app's 404 says what happened and leads home.
import { fireEvent, render, screen } from '@testing-library/react';
import { CloudError } from '@/cloud/cloud-error';
import { componentTestFrame } from '@/cloud/testing/typing';
import { goBack, openTab } from '@/components/navigation/navigation';
import { ErrorState, LoadingBlock, PageNotFound, PendingCard } from './states';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

const press = (text: string) => fireEvent.click(screen.getByText(text, { selector: '.nut-button *, .nut-button' }));

describe('ErrorState', () => {
  beforeEach(() => jest.clearAllMocks());

  it('offers 重试 for a failure on the way, and nothing to go home', () => {
    const retry = jest.fn();
    render(<ErrorState error={new CloudError('NETWORK', '网络不给力，请稍后再试')} onRetry={retry} />);
    press('重试');
    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('返回首页')).toBeNull();
  });

  it('leads home from something that is not there, instead of 重试', () => {
    render(<ErrorState error={new CloudError('NOT_FOUND', '没有找到这位候选人')} onRetry={jest.fn()} />);
    screen.getByText('没有找到这位候选人');
    expect(screen.queryByText('重试')).toBeNull();
    press('返回首页');
    expect(openTab).toHaveBeenCalledWith('/pages/home/index');
  });

  it('says who to ask and leads back from a page this person may not open', () => {
    render(<ErrorState error={new CloudError('FORBIDDEN', '你没有权限进行此操作')} />);
    screen.getByText('如需办理，请联系所在工会的工作人员开通权限。');
    press('返回');
    expect(goBack).toHaveBeenCalledWith('/pages/home/index');
  });
});

describe('PageNotFound', () => {
  it('names the missing page and leads home', () => {
    render(<PageNotFound path="/vote/pages/old/index" />);
    screen.getByText('没有找到这个页面');
    screen.getByText(/链接可能已过期或有误（\/vote\/pages\/old\/index）/);
    press('返回首页');
    expect(openTab).toHaveBeenCalledWith('/pages/home/index');
  });
});

describe('LoadingBlock', () => {
  const shapeOf = (container: HTMLElement) => ({
    items: container.querySelectorAll('.jx-skeleton__item').length,
    actions: container.querySelectorAll('.jx-skeleton__action').length,
    fields: container.querySelectorAll('.jx-skeleton__bar--field').length,
    heroes: container.querySelectorAll('.jx-skeleton__bar--hero').length,
  });

  it('draws a list as its cards, each with a title, a line and an action', () => {
    const { container } = render(<LoadingBlock shape="list" rows={3} label="正在加载提名" />);
    expect(screen.getByLabelText('正在加载提名').getAttribute('aria-busy')).toBe('true');
    expect(shapeOf(container)).toEqual({ items: 3, actions: 3, fields: 0, heroes: 0 });
  });

  it('draws a form as labelled fields and a page as its heading and paragraphs', () => {
    expect(shapeOf(render(<LoadingBlock shape="form" rows={4} />).container)).toMatchObject({ fields: 4, items: 0 });
    expect(shapeOf(render(<LoadingBlock shape="detail" rows={2} />).container)).toMatchObject({
      heroes: 1,
      items: 0,
    });
  });

  it('shows a list skeleton in a pending card while loading, and the error once it failed', () => {
    const { container, rerender } = render(
      <PendingCard state={{ status: 'loading' }} label="正在加载" onRetry={jest.fn()} />,
    );
    expect(shapeOf(container).items).toBe(4);
    rerender(
      <PendingCard
        state={{ status: 'error', error: new CloudError('NETWORK', '网络不给力，请稍后再试') }}
        label="正在加载"
        onRetry={jest.fn()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('网络不给力');
    expect(shapeOf(container).items).toBe(0);
  });
});
