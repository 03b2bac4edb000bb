/**
 * @jest-environment jsdom
 */
// The error state never leaves a dead end: 重试 where trying again helps, 返回首页 for what is not there, 返回 (and
// who to ask) for a page this person may not open; the app's 404 says what happened and leads home.
import { fireEvent, render, screen } from '@testing-library/react';
import { CloudError } from '@/cloud/cloud-error';
import { componentTestFrame } from '@/cloud/testing/typing';
import { goBack, openTab } from '@/components/navigation/navigation';
import { ErrorState, PageNotFound } from './states';

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
