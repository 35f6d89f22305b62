import { render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from './StatusBadge.tsx';
import { jobTypeLabel, statusLabel } from './statusLabel.ts';

describe('StatusBadge', () => {
  it('shows a known status with its tone class and raw value', () => {
    render(() => <StatusBadge status="running" />);
    const badge = screen.getByText('Running');
    expect(badge).toHaveClass('vpo-badge', 'vpo-badge--running');
    expect(badge).toHaveAttribute('data-status', 'running');
  });

  it('renders an unknown status neutrally, as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = render(() => <StatusBadge status={evil} />);
    const badge = screen.getByText(evil).closest('.vpo-badge');
    expect(badge).toHaveClass('vpo-badge--unknown');
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows a bidi control in an unknown status as a marker', () => {
    const { container } = render(() => <StatusBadge status={'sunning\u202Ed'} />);
    expect(container.querySelector('.vpo-badge')).toHaveTextContent('sunning⟨U+202E⟩d');
    expect(container.querySelector('.vpo-badge')?.textContent).not.toContain('\u202E');
  });

  it('updates the same element in place when the status changes', () => {
    const [status, setStatus] = createSignal('running');
    render(() => <StatusBadge status={status()} />);
    const badge = screen.getByText('Running');
    setStatus('completed');
    expect(badge).toHaveTextContent('Completed');
    expect(badge).toHaveClass('vpo-badge--completed');
    expect(badge).not.toHaveClass('vpo-badge--running');
  });
});

describe('labels', () => {
  it('names known types and passes unknown ones through', () => {
    expect(jobTypeLabel('transcode')).toBe('Transcode');
    expect(jobTypeLabel('defrag')).toBe('defrag');
    expect(statusLabel('paused-by-admin')).toBe('paused-by-admin');
  });
});
