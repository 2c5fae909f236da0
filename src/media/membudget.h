#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <mutex>

namespace GravDesk {

/**
 * Bytes that worker threads may hold at once. A worker leases what its job needs and waits while the
 * others hold too much; a job larger than the whole budget still runs, alone.
 */
class MemoryBudget
{
public:
    explicit MemoryBudget(qint64 limit)
        : m_limit(limit)
    { }

    class Lease
    {
    public:
        Lease(MemoryBudget &budget, qint64 bytes)
            : m_budget(budget)
            , m_bytes(bytes)
        {
            std::unique_lock<std::mutex> lock(m_budget.m_mutex);
            m_budget.m_cv.wait(lock, [this] { return m_budget.m_used == 0 || m_budget.m_used + m_bytes <= m_budget.m_limit; });
            m_budget.m_used += m_bytes;
        }
        ~Lease()
        {
            {
                std::lock_guard<std::mutex> lock(m_budget.m_mutex);
                m_budget.m_used -= m_bytes;
            }
            m_budget.m_cv.notify_all();
        }
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;

    private:
        MemoryBudget &m_budget;
        qint64 m_bytes;
    };

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    qint64 m_limit;
    qint64 m_used = 0;
};

} // namespace GravDesk
